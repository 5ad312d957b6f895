package io.zaplecze.routing.plan;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import io.zaplecze.platform.GeoPoint;
import io.zaplecze.routing.VehicleProfile;
import io.zaplecze.routing.roadnetwork.RoadLeg;
import io.zaplecze.routing.roadnetwork.RoadNetworkService;

/** Road geometry with per-point times for each leg of a route, from the road network. */
@Component
class RouteGeometry {

	/** Marks a waypoint that is a reload stop at the depot between two trips (no stop sequence of its own). */
	static final int RELOAD = -1;

	private final RoadNetworkService roadNetwork;

	RouteGeometry(RoadNetworkService roadNetwork) {
		this.roadNetwork = roadNetwork;
	}

	/**
	 * One leg per pair of consecutive stops (the depot being sequence 0 and stops + 1). A reload at
	 * the depot between trips is driven through inside the leg from the trip's last stop to the next
	 * trip's first, so the legs keep the published contract's numbering.
	 * @param waypoints the route's points in driving order, depot first and last
	 * @param sequences each waypoint's stop sequence, or {@link #RELOAD}
	 * @param profile the vehicle's road profile
	 * @return the legs
	 */
	List<PlanContent.Leg> legs(List<GeoPoint> waypoints, List<Integer> sequences, VehicleProfile profile) {
		List<RoadLeg> road = this.roadNetwork.legs(waypoints, profile);
		List<PlanContent.Leg> legs = new ArrayList<>();
		int from = sequences.get(0);
		long meters = 0;
		long seconds = 0;
		List<GeoPoint> points = new ArrayList<>();
		List<Double> times = new ArrayList<>();
		for (int k = 0; k < road.size(); k++) {
			RoadLeg leg = road.get(k);
			double offset = times.isEmpty() ? 0 : times.getLast();
			for (int i = 0; i < leg.geometry().size(); i++) {
				if (i == 0 && !points.isEmpty()) {
					continue;
				}
				points.add(leg.geometry().get(i));
				times.add(offset + leg.pointSeconds().get(i));
			}
			meters += leg.distanceMeters();
			seconds += leg.travelSeconds();
			int to = sequences.get(k + 1);
			if (to != RELOAD) {
				legs.add(new PlanContent.Leg(from, to, meters, seconds, PlanContent.LineGeometry.of(points), times));
				from = to;
				meters = 0;
				seconds = 0;
				points = new ArrayList<>();
				times = new ArrayList<>();
			}
		}
		return legs;
	}

}
