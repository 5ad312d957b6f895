package io.zaplecze.warehouse.layout;

import io.zaplecze.warehouse.WarehouseFailure;

/** A site, zone, bin or dock door with this code already exists. */
public class DuplicateCode extends WarehouseFailure {

	public DuplicateCode(String what, String code) {
		super(Kind.CONFLICT, what + " " + code + " already exists");
	}

}
