package io.zaplecze.warehouse.picking;

import java.util.List;

/**
 * A routed pick tour.
 *
 * @param order indices of the input points in walking order
 * @param distanceMeters walking distance of the whole tour, from the entry back to it
 */
public record PickTour(List<Integer> order, double distanceMeters) {

	public PickTour {
		order = List.copyOf(order);
	}

}
