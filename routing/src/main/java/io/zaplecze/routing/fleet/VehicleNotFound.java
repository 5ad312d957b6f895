package io.zaplecze.routing.fleet;

import io.zaplecze.routing.RoutingFailure;

/** No vehicle with that id or code (404). */
public final class VehicleNotFound extends RoutingFailure {

	public VehicleNotFound(String idOrCode) {
		super(Kind.NOT_FOUND, "No vehicle " + idOrCode);
	}

}
