package io.zaplecze.tracking;

import io.zaplecze.platform.DomainFailure;

/** Base of the tracking module's named failures. */
public abstract class TrackingFailure extends DomainFailure {

	protected TrackingFailure(Kind kind, String message) {
		super(kind, message);
	}

}
