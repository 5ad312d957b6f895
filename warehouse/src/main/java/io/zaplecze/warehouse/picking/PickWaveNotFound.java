package io.zaplecze.warehouse.picking;

import java.util.UUID;

import io.zaplecze.warehouse.WarehouseFailure;

/** No pick wave with this id. */
public class PickWaveNotFound extends WarehouseFailure {

	public PickWaveNotFound(UUID id) {
		super(Kind.NOT_FOUND, "Unknown pick wave " + id);
	}

}
