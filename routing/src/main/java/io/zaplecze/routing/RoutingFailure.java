package io.zaplecze.routing;

import io.zaplecze.platform.DomainFailure;

/**
 * Base of every named routing failure (road network, planning, plans). A request that ends in one
 * has changed nothing; the {@link DomainFailure.Kind} tells the web layer its HTTP status.
 */
public abstract class RoutingFailure extends DomainFailure {

	protected RoutingFailure(Kind kind, String message) {
		super(kind, message);
	}

}
