package io.zaplecze.warehouse.picking;

import java.util.UUID;

import io.zaplecze.warehouse.WarehouseFailure;

/** No pick task with this id. */
public class PickTaskNotFound extends WarehouseFailure {

	public PickTaskNotFound(UUID id) {
		super(Kind.NOT_FOUND, "Unknown pick task " + id);
	}

}
