package io.zaplecze.warehouse.layout;

import io.zaplecze.warehouse.WarehouseFailure;

/** No zone with this code exists. */
public class ZoneNotFound extends WarehouseFailure {

	public ZoneNotFound(String code) {
		super(Kind.NOT_FOUND, "Unknown zone " + code);
	}

}
