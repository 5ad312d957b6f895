package io.zaplecze.warehouse.replenishment;

import java.util.UUID;

import io.zaplecze.warehouse.WarehouseFailure;

class ReplenishmentTaskNotFound extends WarehouseFailure {

	ReplenishmentTaskNotFound(UUID id) {
		super(Kind.NOT_FOUND, "Unknown replenishment task " + id);
	}

}
