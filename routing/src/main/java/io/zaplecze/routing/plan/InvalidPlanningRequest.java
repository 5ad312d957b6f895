package io.zaplecze.routing.plan;

import io.zaplecze.routing.RoutingFailure;

/** A planning request that cannot be served as asked (400). */
public final class InvalidPlanningRequest extends RoutingFailure {

	InvalidPlanningRequest(String message) {
		super(Kind.INVALID, message);
	}

}
