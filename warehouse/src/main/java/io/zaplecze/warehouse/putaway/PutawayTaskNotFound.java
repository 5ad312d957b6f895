package io.zaplecze.warehouse.putaway;

import java.util.UUID;

import io.zaplecze.warehouse.WarehouseFailure;

/** No putaway task with this id. */
public class PutawayTaskNotFound extends WarehouseFailure {

	public PutawayTaskNotFound(UUID taskId) {
		super(Kind.NOT_FOUND, "Unknown putaway task " + taskId);
	}

}
