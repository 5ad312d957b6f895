package io.zaplecze.routing.plan;

import io.zaplecze.routing.RoutingFailure;

/** An Idempotency-Key was reused with a different request (409). */
public final class IdempotencyKeyReused extends RoutingFailure {

	IdempotencyKeyReused(String key) {
		super(Kind.CONFLICT, "Idempotency-Key " + key + " was already used for a different request");
	}

}
