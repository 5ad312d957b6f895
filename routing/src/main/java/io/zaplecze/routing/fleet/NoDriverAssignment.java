package io.zaplecze.routing.fleet;

import java.time.LocalDate;

import io.zaplecze.routing.RoutingFailure;

/** The driver has no vehicle assigned that day (404): a driver then sees no route. */
public final class NoDriverAssignment extends RoutingFailure {

	public NoDriverAssignment(String driver, LocalDate date) {
		super(Kind.NOT_FOUND, "No vehicle is assigned to " + driver + " on " + date);
	}

}
