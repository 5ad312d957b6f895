package io.zaplecze.warehouse.layout;

import io.zaplecze.warehouse.WarehouseFailure;

/** No bin with this code exists. */
public class BinNotFound extends WarehouseFailure {

	public BinNotFound(String code) {
		super(Kind.NOT_FOUND, "Unknown bin " + code);
	}

}
