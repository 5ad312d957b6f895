package io.zaplecze.warehouse.picking;

import io.zaplecze.warehouse.WarehouseFailure;

/** A pick confirmation that cannot be true (more than the task asks for, a cancelled order, ...). */
public class InvalidPick extends WarehouseFailure {

	public InvalidPick(String message) {
		super(Kind.UNPROCESSABLE, message);
	}

}
