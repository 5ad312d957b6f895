package io.zaplecze.warehouse.loading;

import java.util.UUID;

import io.zaplecze.warehouse.WarehouseFailure;

/** No order of a published plan is on this route. */
public class RouteNotFound extends WarehouseFailure {

	public RouteNotFound(UUID routeId) {
		super(Kind.NOT_FOUND, "No orders are planned on route " + routeId);
	}

}
