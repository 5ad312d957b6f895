package io.zaplecze.routing.roadnetwork;

import java.util.Arrays;
import java.util.List;

import io.zaplecze.platform.GeoPoint;
import io.zaplecze.routing.NetworkArea;
import io.zaplecze.routing.VehicleProfile;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What road network is loaded: where, from what data, and the attribution its licence asks for. */
@RestController
@RequestMapping("/api/v1/routing/network")
class NetworkController {

	static final String ATTRIBUTION = "© OpenStreetMap contributors (ODbL)";

	private final RoadNetworkService roadNetwork;

	private final RoadNetworkProperties properties;

	NetworkController(RoadNetworkService roadNetwork, RoadNetworkProperties properties) {
		this.roadNetwork = roadNetwork;
		this.properties = properties;
	}

	@GetMapping
	NetworkResponse network() {
		RoadGraph.NetworkInfo info = this.roadNetwork.info();
		NetworkArea area = this.roadNetwork.area();
		boolean generated = this.properties.osmPath() == null;
		return new NetworkResponse(info.source(), generated, area, area.center(), info.junctions(), info.roadSegments(),
				Arrays.stream(VehicleProfile.values()).toList(), this.properties.snapMaxMeters(),
				generated ? "Generated demo town (no OpenStreetMap data)" : ATTRIBUTION);
	}

	/**
	 * @param source the extract's path or the generated town's description
	 * @param generated whether the network is the generated demo town
	 * @param area the network's bounding box
	 * @param center the centre of that box
	 * @param junctions nodes of the road graph
	 * @param roadSegments edges of the road graph
	 * @param profiles the vehicle profiles available
	 * @param snapMaxMeters how far from a road a point may be
	 * @param attribution to show wherever routes or maps derived from the data are shown
	 */
	record NetworkResponse(String source, boolean generated, NetworkArea area, GeoPoint center, int junctions,
			int roadSegments, List<VehicleProfile> profiles, double snapMaxMeters, String attribution) {
	}

}
