package io.zaplecze.routing;

/**
 * Two consecutive waypoints of a route are both on the road network but no road leads from one to
 * the other for the profile (an island, a one-way trap, a road closed to lorries) (422).
 */
public final class NoRoadConnection extends RoutingFailure {

	/**
	 * @param fromIndex index of the waypoint the leg starts at
	 * @param toIndex index of the waypoint the leg should reach
	 * @param profile the profile routed with
	 */
	public NoRoadConnection(int fromIndex, int toIndex, VehicleProfile profile) {
		super(Kind.UNPROCESSABLE, "No road leads from waypoint " + fromIndex + " to waypoint " + toIndex
				+ " for profile " + profile);
	}

}
