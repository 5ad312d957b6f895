package io.zaplecze.warehouse.receiving;

import io.zaplecze.warehouse.WarehouseFailure;

/** The idempotency key was already used for a different request. */
public class IdempotencyKeyReused extends WarehouseFailure {

	public IdempotencyKeyReused(String key) {
		super(Kind.CONFLICT, "Idempotency key " + key + " was already used with a different request");
	}

}
