package io.zaplecze.warehouse.layout;

import io.zaplecze.warehouse.WarehouseFailure;

/** Goods can only be put away into pick-face or reserve bins. */
public class NotAStorageBin extends WarehouseFailure {

	public NotAStorageBin(String message) {
		super(Kind.UNPROCESSABLE, message);
	}

}
