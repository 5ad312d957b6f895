package io.zaplecze.routing.plan;

import io.zaplecze.routing.RoutingFailure;

/** A version that cannot be published (422). */
public final class PlanNotPublishable extends RoutingFailure {

	PlanNotPublishable(String message) {
		super(Kind.UNPROCESSABLE, message);
	}

}
