package io.zaplecze.routing.plan;

import io.zaplecze.routing.RoutingFailure;

/** No plan version is published for the day (404). */
public final class NothingPublished extends RoutingFailure {

	NothingPublished(java.time.LocalDate date) {
		super(Kind.NOT_FOUND, "No plan is published for " + date);
	}

}
