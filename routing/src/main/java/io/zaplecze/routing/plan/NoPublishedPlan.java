package io.zaplecze.routing.plan;

import io.zaplecze.routing.RoutingFailure;

/** A re-plan needs a published version to start from (409). */
public final class NoPublishedPlan extends RoutingFailure {

	NoPublishedPlan(java.util.UUID planId) {
		super(Kind.CONFLICT, "Plan " + planId + " has no published version to re-plan from");
	}

}
