package io.zaplecze.routing.plan;

import java.util.List;

import org.springframework.stereotype.Component;

import io.zaplecze.platform.GeoPoint;
import io.zaplecze.routing.VehicleProfile;
import io.zaplecze.routing.roadnetwork.RoadLeg;
import io.zaplecze.routing.roadnetwork.RoadNetworkService;

/** Road geometry with per-point times for each leg of a route, from the road network. */
@Component
class RouteGeometry {

	private final RoadNetworkService roadNetwork;

	RouteGeometry(RoadNetworkService roadNetwork) {
		this.roadNetwork = roadNetwork;
	}

	/** One leg per consecutive pair of waypoints. */
	List<PlanContent.Leg> legs(List<GeoPoint> waypoints, VehicleProfile profile) {
		List<RoadLeg> legs = this.roadNetwork.legs(waypoints, profile);
		int last = waypoints.size() - 1;
		return java.util.stream.IntStream.range(0, legs.size()).mapToObj(k -> {
			RoadLeg leg = legs.get(k);
			return new PlanContent.Leg(k, k + 1 == last ? last : k + 1, leg.distanceMeters(), leg.travelSeconds(),
					PlanContent.LineGeometry.of(leg.geometry()), leg.pointSeconds());
		}).toList();
	}

}
