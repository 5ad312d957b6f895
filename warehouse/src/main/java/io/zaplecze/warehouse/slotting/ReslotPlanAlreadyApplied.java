package io.zaplecze.warehouse.slotting;

import java.util.UUID;

import io.zaplecze.warehouse.WarehouseFailure;

/** A re-slot plan can be applied once. */
public class ReslotPlanAlreadyApplied extends WarehouseFailure {

	public ReslotPlanAlreadyApplied(UUID planId) {
		super(Kind.CONFLICT, "Re-slot plan " + planId + " was already applied");
	}

}
