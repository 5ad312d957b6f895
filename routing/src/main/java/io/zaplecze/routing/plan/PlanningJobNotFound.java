package io.zaplecze.routing.plan;

import io.zaplecze.routing.RoutingFailure;

/** No planning job with that id (404). */
public final class PlanningJobNotFound extends RoutingFailure {

	PlanningJobNotFound(java.util.UUID id) {
		super(Kind.NOT_FOUND, "No planning job " + id);
	}

}
