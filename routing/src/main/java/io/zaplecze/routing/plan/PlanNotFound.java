package io.zaplecze.routing.plan;

import io.zaplecze.routing.RoutingFailure;

/** No such plan or version (404). */
public final class PlanNotFound extends RoutingFailure {

	PlanNotFound(String what) {
		super(Kind.NOT_FOUND, "No plan " + what);
	}

}
