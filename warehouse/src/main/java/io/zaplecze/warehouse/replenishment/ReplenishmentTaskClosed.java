package io.zaplecze.warehouse.replenishment;

import java.util.UUID;

import io.zaplecze.warehouse.WarehouseFailure;

class ReplenishmentTaskClosed extends WarehouseFailure {

	ReplenishmentTaskClosed(UUID id, String status) {
		super(Kind.CONFLICT, "Replenishment task " + id + " is " + status);
	}

}
