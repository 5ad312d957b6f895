package io.zaplecze.routing;

import java.util.Optional;
import java.util.UUID;

import io.zaplecze.platform.GeoPoint;

/**
 * Where a depot is, by its site code (e.g. {@code WAW1}): declared by routing (the fleet import lets
 * a vehicle name its depot by code), implemented by the module that owns sites (the warehouse).
 */
public interface DepotDirectory {

	/** The depot with this site code, if one exists. */
	Optional<Depot> depot(String siteCode);

	/**
	 * A depot.
	 *
	 * @param id the site's id (a delivery's {@code depotId})
	 * @param location where vehicles leave from and return to
	 */
	record Depot(UUID id, GeoPoint location) {
	}

}
