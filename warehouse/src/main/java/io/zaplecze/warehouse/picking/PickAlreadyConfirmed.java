package io.zaplecze.warehouse.picking;

import java.util.UUID;

import io.zaplecze.warehouse.WarehouseFailure;

/** A pick task is confirmed once; confirming it again is refused. */
public class PickAlreadyConfirmed extends WarehouseFailure {

	public PickAlreadyConfirmed(UUID id) {
		super(Kind.CONFLICT, "Pick task " + id + " was already confirmed");
	}

}
