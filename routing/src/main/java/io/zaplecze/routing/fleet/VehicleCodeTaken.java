package io.zaplecze.routing.fleet;

import io.zaplecze.routing.RoutingFailure;

/** Another vehicle already has that code (409). */
final class VehicleCodeTaken extends RoutingFailure {

	VehicleCodeTaken(String code) {
		super(Kind.CONFLICT, "A vehicle with code " + code + " already exists");
	}

}
