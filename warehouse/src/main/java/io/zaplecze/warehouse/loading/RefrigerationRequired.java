package io.zaplecze.warehouse.loading;

import io.zaplecze.warehouse.WarehouseFailure;

/** Chilled or frozen goods may only travel in a refrigerated compartment. */
public class RefrigerationRequired extends WarehouseFailure {

	public RefrigerationRequired(String vehicleId, String labels) {
		super(Kind.UNPROCESSABLE, "Vehicle " + vehicleId + " has no refrigerated compartment for " + labels);
	}

}
