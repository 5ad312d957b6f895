package io.zaplecze.warehouse.layout;

import io.zaplecze.warehouse.WarehouseFailure;

/** The goods would overflow the bin's volume or weight capacity. */
public class BinCapacityExceeded extends WarehouseFailure {

	public BinCapacityExceeded(String message) {
		super(Kind.UNPROCESSABLE, message);
	}

}
