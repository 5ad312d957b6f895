package io.zaplecze.warehouse.slotting;

import java.util.UUID;

import io.zaplecze.warehouse.WarehouseFailure;

/** No re-slot plan with this id. */
public class ReslotPlanNotFound extends WarehouseFailure {

	public ReslotPlanNotFound(UUID planId) {
		super(Kind.NOT_FOUND, "Unknown re-slot plan " + planId);
	}

}
