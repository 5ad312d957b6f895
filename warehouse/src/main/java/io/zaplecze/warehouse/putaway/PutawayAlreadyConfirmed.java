package io.zaplecze.warehouse.putaway;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.zaplecze.warehouse.WarehouseFailure;

/** A putaway task is confirmed once. */
public class PutawayAlreadyConfirmed extends WarehouseFailure {

	public PutawayAlreadyConfirmed(UUID taskId, @Nullable String bin) {
		super(Kind.CONFLICT, "Putaway task " + taskId + " was already confirmed into " + bin);
	}

}
