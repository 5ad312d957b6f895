package io.zaplecze.routing.roadnetwork;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.zaplecze.platform.DomainFailure;
import io.zaplecze.platform.GeoPoint;
import io.zaplecze.routing.PointOffRoadNetwork;
import io.zaplecze.routing.RoadRoute;
import io.zaplecze.routing.TravelMatrix;
import io.zaplecze.routing.VehicleProfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The road network on the generated town, whose geometry and tags the test knows exactly: expected
 * distances are great-circle lengths of the generated roads, expected times those lengths at the
 * speed GraphHopper derives from the {@code maxspeed} tag.
 */
class RoadNetworkTownTests {

	/** GraphHopper's earth radius (DistanceCalcEarth.R). */
	private static final double EARTH_RADIUS = 6_371_000;

	/** maxspeed=60 gives car_average_speed 0.9 × 60 = 54 km/h (a multiple of the 2 km/h storage step). */
	private static final double ARTERIAL_CAR_KMH = 54;

	/** The truck model caps at 0.9 × the car's speed. */
	private static final double ARTERIAL_TRUCK_KMH = 0.9 * 54;

	@TempDir
	static Path cacheDir;

	static RoadNetworkProperties properties;

	static RoadGraph graph;

	static RoadNetworkService network;

	static SyntheticTown.TownMap town;

	@BeforeAll
	static void load() {
		properties = TestNetworks.town(cacheDir, TestNetworks.SMALL_TOWN);
		graph = RoadGraphLoader.load(properties);
		network = new RoadNetworkService(graph, properties);
		town = SyntheticTown.generate(TestNetworks.SMALL_TOWN);
	}

	@AfterAll
	static void close() {
		graph.close();
	}

	@Test
	void drivesAlongAnArterialAtItsSpeedLimit() {
		List<GeoPoint> stretch = arterialStretch(5);
		double meters = length(stretch);
		GeoPoint from = stretch.get(0);
		GeoPoint to = stretch.get(stretch.size() - 1);

		RoadRoute car = network.route(List.of(from, to), VehicleProfile.CAR);
		RoadRoute truck = network.route(List.of(from, to), VehicleProfile.TRUCK);

		assertThat(car.distanceMeters()).isCloseTo(Math.round(meters), within(1L));
		assertThat(car.travelSeconds()).isCloseTo(Math.round(meters / (ARTERIAL_CAR_KMH / 3.6)), within(1L));
		assertThat(truck.distanceMeters()).isCloseTo(Math.round(meters), within(1L));
		assertThat(truck.travelSeconds()).isCloseTo(Math.round(meters / (ARTERIAL_TRUCK_KMH / 3.6)), within(1L));
		TravelMatrix matrix = network.matrix(List.of(from, to), VehicleProfile.CAR);
		assertThat(matrix.seconds(0, 1)).isEqualTo(car.travelSeconds());
		assertThat(matrix.meters(0, 1)).isEqualTo(car.distanceMeters());
		assertThat(car.geometry().get(0).haversineMeters(from)).isLessThan(0.5);
		assertThat(car.geometry().get(car.geometry().size() - 1).haversineMeters(to)).isLessThan(0.5);
	}

	@Test
	void oneWayStreetIsDrivenOnlyInItsDirection() {
		SyntheticTown.Way oneway = way(Map.of("highway", "residential", "oneway", "yes"), null);
		GeoPoint a = position(oneway.refs().get(0));
		GeoPoint b = position(oneway.refs().get(1));
		double segment = haversine(a, b);

		RoadRoute along = network.route(List.of(a, b), VehicleProfile.CAR);
		RoadRoute against = network.route(List.of(b, a), VehicleProfile.CAR);

		assertThat(along.distanceMeters()).isCloseTo(Math.round(segment), within(1L));
		assertThat(against.distanceMeters()).isGreaterThan(Math.round(2 * segment));
		TravelMatrix matrix = network.matrix(List.of(a, b), VehicleProfile.CAR);
		assertThat(matrix.meters(0, 1)).isEqualTo(along.distanceMeters());
		assertThat(matrix.meters(1, 0)).isEqualTo(against.distanceMeters());
	}

	@Test
	void lorriesDetourAroundTheWeightLimitedBridge() {
		SyntheticTown.Way bridge = way(Map.of("bridge", "yes", "maxweight", "3.5"), null);
		GeoPoint west = position(bridge.refs().get(0));
		GeoPoint east = position(bridge.refs().get(1));
		double span = haversine(west, east);

		RoadRoute car = network.route(List.of(west, east), VehicleProfile.CAR);
		RoadRoute truck = network.route(List.of(west, east), VehicleProfile.TRUCK);

		assertThat(car.distanceMeters()).isCloseTo(Math.round(span), within(1L));
		assertThat(truck.distanceMeters()).isGreaterThan(Math.round(5 * span));
		assertThat(network.matrix(List.of(west, east), VehicleProfile.TRUCK).meters(0, 1))
			.isCloseTo(truck.distanceMeters(), within(1L));
	}

	@Test
	void lorriesDoNotSnapToStreetsClosedToThem() {
		SyntheticTown.Way closed = way(Map.of("highway", "residential", "hgv", "no"), "oneway");
		GeoPoint onClosedStreet = midpoint(position(closed.refs().get(0)), position(closed.refs().get(1)));

		GeoPoint forCar = network.snap(onClosedStreet, VehicleProfile.CAR);
		GeoPoint forTruck = network.snap(onClosedStreet, VehicleProfile.TRUCK);

		assertThat(forCar.haversineMeters(onClosedStreet)).isLessThan(1);
		assertThat(forTruck.haversineMeters(onClosedStreet)).isGreaterThan(20);
	}

	@Test
	void pointsOnTheSameRoadReachEachOtherAlongItOrAroundTheBlock() {
		SyntheticTown.Way twoWay = way(Map.of("highway", "residential"), "oneway");
		SyntheticTown.Way oneWay = way(Map.of("highway", "residential", "oneway", "yes"), "hgv");
		List<GeoPoint> points = new ArrayList<>();
		for (SyntheticTown.Way way : List.of(twoWay, oneWay)) {
			GeoPoint a = position(way.refs().get(0));
			GeoPoint b = position(way.refs().get(1));
			points.add(interpolate(a, b, 0.25));
			points.add(interpolate(a, b, 0.75));
			points.add(interpolate(a, b, 0.5));
			points.add(a);
		}
		points.add(points.get(0));

		TestNetworks.assertMatrixMatchesRoutes(network, points, VehicleProfile.CAR, Integer.MAX_VALUE, 1);
		TravelMatrix matrix = network.matrix(points, VehicleProfile.CAR);
		double twoWayHalf = 0.5 * haversine(position(twoWay.refs().get(0)), position(twoWay.refs().get(1)));
		double oneWayHalf = 0.5 * haversine(position(oneWay.refs().get(0)), position(oneWay.refs().get(1)));
		assertThat(matrix.meters(0, 1)).isCloseTo(Math.round(twoWayHalf), within(1L));
		assertThat(matrix.meters(1, 0)).isCloseTo(Math.round(twoWayHalf), within(1L));
		assertThat(matrix.meters(4, 5)).isCloseTo(Math.round(oneWayHalf), within(1L));
		assertThat(matrix.meters(5, 4)).isGreaterThan(Math.round(3 * oneWayHalf));
		assertThat(matrix.seconds(0, 8)).isZero();
		assertThat(matrix.seconds(8, 0)).isZero();
		assertThat(matrix.seconds(8, 1)).isEqualTo(matrix.seconds(0, 1));
	}

	@Test
	void matrixCellsEqualPointToPointRoutesForBothProfiles() {
		List<GeoPoint> points = TestNetworks.snappablePoints(network, 40, 7, VehicleProfile.TRUCK);
		for (VehicleProfile profile : VehicleProfile.values()) {
			assertThat(TestNetworks.assertMatrixMatchesRoutes(network, points, profile, Integer.MAX_VALUE, 2))
				.isEqualTo(40 * 39);
		}
	}

	@Test
	void concurrentMatricesOnSharedThreadsAllGiveTheSameCells() throws Exception {
		List<GeoPoint> points = TestNetworks.snappablePoints(network, 150, 13, null);
		TravelMatrix expected = network.matrix(points, VehicleProfile.CAR);
		ExecutorService callers = Executors.newFixedThreadPool(4);
		try {
			List<Future<TravelMatrix>> results = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				results.add(callers.submit(() -> network.matrix(points, VehicleProfile.CAR)));
			}
			for (Future<TravelMatrix> result : results) {
				TravelMatrix actual = result.get(60, TimeUnit.SECONDS);
				for (int from = 0; from < points.size(); from++) {
					for (int to = 0; to < points.size(); to++) {
						assertThat(actual.seconds(from, to)).isEqualTo(expected.seconds(from, to));
						assertThat(actual.meters(from, to)).isEqualTo(expected.meters(from, to));
					}
				}
			}
		}
		finally {
			callers.shutdownNow();
		}
	}

	@Test
	void legsCarryGeometryAndPerPointTimesThatAddUpToTheMatrix() {
		List<GeoPoint> stops = TestNetworks.snappablePoints(network, 4, 11, null);
		List<GeoPoint> tour = List.of(stops.get(0), stops.get(1), stops.get(2), stops.get(3), stops.get(0));

		List<RoadLeg> legs = network.legs(tour, VehicleProfile.CAR);
		RoadRoute route = network.route(tour, VehicleProfile.CAR);
		TravelMatrix matrix = network.matrix(stops, VehicleProfile.CAR);

		assertThat(legs).hasSize(4);
		int[] order = { 0, 1, 2, 3, 0 };
		long meters = 0;
		for (int k = 0; k < legs.size(); k++) {
			RoadLeg leg = legs.get(k);
			assertThat(leg.travelSeconds()).isCloseTo(matrix.seconds(order[k], order[k + 1]), within(1L));
			assertThat(leg.distanceMeters()).isCloseTo(matrix.meters(order[k], order[k + 1]), within(1L));
			assertThat(leg.pointSeconds()).hasSameSizeAs(leg.geometry()).first().isEqualTo(0.0);
			assertThat(leg.pointSeconds()).isSorted();
			assertThat(leg.pointSeconds().get(leg.pointSeconds().size() - 1)).isCloseTo(leg.travelSeconds(), within(1.0));
			assertThat(leg.geometry().get(0).haversineMeters(network.snap(tour.get(k), VehicleProfile.CAR)))
				.isLessThan(0.5);
			assertThat(route.legSeconds().get(k)).isEqualTo(leg.travelSeconds());
			meters += leg.distanceMeters();
		}
		assertThat(route.distanceMeters()).isCloseTo(meters, within(2L));
		assertThat(legs.get(3).geometry().get(legs.get(3).geometry().size() - 1))
			.isEqualTo(legs.get(0).geometry().get(0));
	}

	@Test
	void refusesPointsFarFromAnyRoad() {
		GeoPoint farAway = new GeoPoint(network.area().maxLat() + 0.05, network.area().center().lon());
		List<GeoPoint> points = new ArrayList<>(TestNetworks.snappablePoints(network, 3, 5, null));
		points.add(farAway);

		assertThatThrownBy(() -> network.snap(farAway, VehicleProfile.CAR)).isInstanceOf(PointOffRoadNetwork.class)
			.extracting(e -> ((DomainFailure) e).kind())
			.isEqualTo(DomainFailure.Kind.UNPROCESSABLE);
		assertThatThrownBy(() -> network.matrix(points, VehicleProfile.CAR)).isInstanceOf(PointOffRoadNetwork.class)
			.extracting(e -> ((PointOffRoadNetwork) e).pointIndex())
			.isEqualTo(3);
		assertThatThrownBy(() -> network.route(List.of(points.get(0), farAway), VehicleProfile.TRUCK))
			.isInstanceOf(PointOffRoadNetwork.class)
			.hasMessageContaining("Point 1");
	}

	@Test
	void acceptsPointsUpToTheSnapDistanceAndRefusesThoseBeyond() {
		// North of the ring road, the town's northernmost road, nothing is closer than the ring.
		double northEdge = network.area().maxLat();
		double lon = network.area().center().lon();
		GeoPoint near = new GeoPoint(northEdge + 200 / 111_195.0, lon);
		GeoPoint beyond = new GeoPoint(northEdge + 350 / 111_195.0, lon);

		assertThat(network.snap(near, VehicleProfile.CAR).haversineMeters(near)).isBetween(190.0, 230.0);
		assertThatThrownBy(() -> network.snap(beyond, VehicleProfile.CAR)).isInstanceOf(PointOffRoadNetwork.class)
			.hasMessageContaining("at most 300 m");
	}

	@Test
	void reusesTheGraphCacheOnTheNextStart() {
		assertThat(graph.info().fromCache()).isFalse();
		assertThat(graph.info().graphDirectory()).startsWith(cacheDir);

		try (RoadGraph again = RoadGraphLoader.load(properties)) {
			assertThat(again.info().fromCache()).isTrue();
			assertThat(again.info().graphDirectory()).isEqualTo(graph.info().graphDirectory());
			assertThat(again.info().junctions()).isEqualTo(graph.info().junctions());
			List<GeoPoint> points = TestNetworks.snappablePoints(network, 5, 3, null);
			RoadNetworkService reloaded = new RoadNetworkService(again, properties);
			assertThat(reloaded.route(points, VehicleProfile.CAR)).isEqualTo(network.route(points, VehicleProfile.CAR));
		}
	}

	@Test
	void networkAreaCoversTheTown() {
		GeoPoint center = network.area().center();
		assertThat(center.haversineMeters(new GeoPoint(52.2297, 21.0122))).isLessThan(300);
		assertThat(network.area().maxLat() - network.area().minLat()).isBetween(3500 / 111_195.0, 4500 / 111_195.0);
		assertThat(graph.info().junctions()).isGreaterThan(400);
		// The town's centre is on its roads: the central point is simply the centre snapped.
		assertThat(network.centralPoint(VehicleProfile.CAR).haversineMeters(network.snap(center, VehicleProfile.CAR)))
			.isLessThan(0.01);
	}

	// --- the generated town, as the test knows it

	/** {@code segments} consecutive segments of a straight arterial (not a bridge). */
	private static List<GeoPoint> arterialStretch(int segments) {
		for (SyntheticTown.Way way : town.ways()) {
			if (SyntheticTown.ARTERIAL.equals(way.tags().get("highway")) && !way.tags().containsKey("bridge")
					&& way.refs().size() > segments + 2) {
				return way.refs().subList(1, segments + 2).stream().map(RoadNetworkTownTests::position).toList();
			}
		}
		throw new IllegalStateException("The town has no arterial of " + segments + " segments");
	}

	private static SyntheticTown.Way way(Map<String, String> tags, String withoutTag) {
		return town.ways()
			.stream()
			.filter(w -> w.tags().entrySet().containsAll(tags.entrySet()))
			.filter(w -> withoutTag == null || !w.tags().containsKey(withoutTag))
			.filter(w -> w.refs().size() >= 2)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No way with " + tags));
	}

	private static GeoPoint position(long nodeId) {
		SyntheticTown.Node node = town.node(nodeId);
		return new GeoPoint(node.lat(), node.lon());
	}

	private static double length(List<GeoPoint> line) {
		double meters = 0;
		for (int i = 1; i < line.size(); i++) {
			meters += haversine(line.get(i - 1), line.get(i));
		}
		return meters;
	}

	private static double haversine(GeoPoint a, GeoPoint b) {
		double dLat = Math.toRadians(b.lat() - a.lat());
		double dLon = Math.toRadians(b.lon() - a.lon());
		double h = Math.pow(Math.sin(dLat / 2), 2)
				+ Math.cos(Math.toRadians(a.lat())) * Math.cos(Math.toRadians(b.lat())) * Math.pow(Math.sin(dLon / 2), 2);
		return 2 * EARTH_RADIUS * Math.asin(Math.sqrt(h));
	}

	private static GeoPoint midpoint(GeoPoint a, GeoPoint b) {
		return interpolate(a, b, 0.5);
	}

	private static GeoPoint interpolate(GeoPoint a, GeoPoint b, double t) {
		return new GeoPoint(a.lat() + t * (b.lat() - a.lat()), a.lon() + t * (b.lon() - a.lon()));
	}

}
