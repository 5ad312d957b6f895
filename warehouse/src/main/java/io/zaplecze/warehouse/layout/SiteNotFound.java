package io.zaplecze.warehouse.layout;

import io.zaplecze.warehouse.WarehouseFailure;

/** No site with this code exists. */
public class SiteNotFound extends WarehouseFailure {

	public SiteNotFound(String code) {
		super(Kind.NOT_FOUND, "Unknown site " + code);
	}

}
