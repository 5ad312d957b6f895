package io.zaplecze.warehouse.receiving;

import io.zaplecze.warehouse.WarehouseFailure;

/** An announcement or receipt that breaks a receiving rule. */
public class InvalidDelivery extends WarehouseFailure {

	public InvalidDelivery(String message) {
		super(Kind.UNPROCESSABLE, message);
	}

}
