package io.zaplecze.warehouse.loading;

import java.util.List;
import java.util.UUID;

import io.zaplecze.warehouse.WarehouseFailure;

/** A vehicle is loaded when all its orders are picked and packed. */
public class RouteNotReady extends WarehouseFailure {

	public RouteNotReady(UUID routeId, List<String> waiting) {
		super(Kind.CONFLICT, "Route " + routeId + " cannot be loaded yet; not packed: " + String.join(", ", waiting));
	}

}
