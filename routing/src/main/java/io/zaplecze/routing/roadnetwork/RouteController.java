package io.zaplecze.routing.roadnetwork;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.LineString;

import io.zaplecze.platform.GeoPoint;
import io.zaplecze.routing.VehicleProfile;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Routes on the road network for dispatchers' tools: geometry, distance, time, per leg. */
@RestController
@RequestMapping("/api/v1/routing/routes")
class RouteController {

	private final RoadNetworkService roadNetwork;

	RouteController(RoadNetworkService roadNetwork) {
		this.roadNetwork = roadNetwork;
	}

	/** The fastest route through the waypoints in order; 422 when a point is off the network or unreachable. */
	@PostMapping
	RouteResponse route(@Valid @RequestBody RouteRequest request) {
		List<GeoPoint> waypoints = request.waypoints().stream().map(Coordinates::toGeoPoint).toList();
		return RouteResponse.of(this.roadNetwork.itinerary(waypoints, request.profileOrDefault()));
	}

	/**
	 * @param waypoints two to 100 points, in driving order
	 * @param profile {@code CAR} (default) or {@code TRUCK}
	 */
	record RouteRequest(@NotNull @Size(min = 2, max = 100) List<@NotNull @Valid Coordinates> waypoints,
			@JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_VALUES) @Nullable VehicleProfile profile) {

		VehicleProfile profileOrDefault() {
			return (this.profile != null) ? this.profile : VehicleProfile.CAR;
		}

	}

	/**
	 * @param distanceMeters road distance
	 * @param travelSeconds driving time
	 * @param geometry the whole route as a GeoJSON LineString
	 * @param legs one per consecutive pair of waypoints
	 */
	record RouteResponse(long distanceMeters, long travelSeconds, LineString geometry, List<LegResponse> legs) {

		static RouteResponse of(RoadNetworkService.Itinerary itinerary) {
			List<LegResponse> legs = new ArrayList<>();
			for (int k = 0; k < itinerary.legs().size(); k++) {
				RoadLeg leg = itinerary.legs().get(k);
				legs.add(new LegResponse(k, k + 1, leg.distanceMeters(), leg.travelSeconds(), leg.lineString(),
						leg.pointSeconds()));
			}
			return new RouteResponse(itinerary.route().distanceMeters(), itinerary.route().travelSeconds(),
					RoadLeg.line(itinerary.route().geometry()), legs);
		}

	}

	/**
	 * @param fromIndex index of the waypoint the leg starts at
	 * @param toIndex index of the waypoint it ends at
	 * @param distanceMeters road distance of the leg
	 * @param travelSeconds driving time of the leg
	 * @param geometry the leg as a GeoJSON LineString
	 * @param pointSeconds seconds from the leg's start to each geometry point
	 */
	record LegResponse(int fromIndex, int toIndex, long distanceMeters, long travelSeconds, LineString geometry,
			List<Double> pointSeconds) {
	}

}
