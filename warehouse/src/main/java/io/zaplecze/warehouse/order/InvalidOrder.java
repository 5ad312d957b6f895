package io.zaplecze.warehouse.order;

import io.zaplecze.warehouse.WarehouseFailure;

/** An order that breaks an ordering rule (no window, window outside the requested day, no lines, ...). */
public class InvalidOrder extends WarehouseFailure {

	public InvalidOrder(String message) {
		super(Kind.UNPROCESSABLE, message);
	}

}
