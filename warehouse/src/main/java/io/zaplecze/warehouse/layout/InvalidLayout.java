package io.zaplecze.warehouse.layout;

import io.zaplecze.warehouse.WarehouseFailure;

/** A layout element breaks a rule (capacity not positive, storage bin without a zone, ...). */
public class InvalidLayout extends WarehouseFailure {

	public InvalidLayout(String message) {
		super(Kind.UNPROCESSABLE, message);
	}

}
