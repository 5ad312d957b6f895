package io.zaplecze.warehouse;

import io.zaplecze.platform.DomainFailure;

/**
 * Base of the warehouse's named failures (unknown bin, capacity overflow, wrong temperature class,
 * a pick confirmed twice, receiving against a closed delivery, ...). The web layer maps the
 * {@link DomainFailure.Kind} to a problem detail; a failure always leaves the state unchanged.
 */
public abstract class WarehouseFailure extends DomainFailure {

	protected WarehouseFailure(Kind kind, String message) {
		super(kind, message);
	}

}
