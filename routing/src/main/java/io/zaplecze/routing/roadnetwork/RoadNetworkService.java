package io.zaplecze.routing.roadnetwork;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import com.graphhopper.ResponsePath;
import com.graphhopper.storage.index.Snap;
import com.graphhopper.util.DistanceCalcEarth;
import com.graphhopper.util.Parameters;
import com.graphhopper.util.PointList;
import com.graphhopper.util.details.PathDetail;
import com.graphhopper.util.exceptions.ConnectionNotFoundException;
import com.graphhopper.util.exceptions.PointNotFoundException;
import com.graphhopper.util.shapes.GHPoint;

import io.zaplecze.platform.GeoPoint;
import io.zaplecze.routing.NetworkArea;
import io.zaplecze.routing.NoRoadConnection;
import io.zaplecze.routing.PointOffRoadNetwork;
import io.zaplecze.routing.RoadNetworkManagement;
import io.zaplecze.routing.RoadRoute;
import io.zaplecze.routing.TravelMatrix;
import io.zaplecze.routing.VehicleProfile;
import io.zaplecze.routing.matrix.MatrixPoints;

/**
 * The road network over embedded GraphHopper: routes by GraphHopper's own CH query, matrices by
 * the bucket many-to-many search on the same hierarchy and weights, so a matrix cell and a route
 * between the same two points agree. Every point is snapped first and refused when farther than
 * {@code zaplecze.routing.snap-max-meters} from a usable road.
 *
 * <p>Besides the module facade, {@link #legs} gives the routing module's planner each leg's
 * geometry with per-point times for publishing plans.
 */
public class RoadNetworkService implements RoadNetworkManagement {

	private static final DistanceCalcEarth EARTH = new DistanceCalcEarth();

	private static final int PARALLEL_SNAP_POINTS = 64;

	private final RoadGraph graph;

	private final double snapMaxMeters;

	RoadNetworkService(RoadGraph graph, RoadNetworkProperties properties) {
		this.graph = graph;
		this.snapMaxMeters = properties.snapMaxMeters();
	}

	@Override
	public RoadRoute route(List<GeoPoint> waypoints, VehicleProfile profile) {
		return itinerary(waypoints, profile).route();
	}

	/**
	 * The fastest route through the waypoints, leg by leg.
	 * @param waypoints two or more points, in driving order (e.g. depot, stops, depot)
	 * @param profile the vehicle's profile
	 * @return one leg per consecutive pair; leg {@code k} runs from waypoint {@code k} to {@code k+1}
	 * @throws PointOffRoadNetwork if a waypoint is too far from a usable road
	 * @throws NoRoadConnection if some leg has no road connection
	 */
	public List<RoadLeg> legs(List<GeoPoint> waypoints, VehicleProfile profile) {
		return itinerary(waypoints, profile).legs();
	}

	@Override
	public TravelMatrix matrix(List<GeoPoint> points, VehicleProfile profile) {
		Objects.requireNonNull(profile, "profile");
		if (points.isEmpty()) {
			return new TravelMatrix(0, new long[0], new long[0]);
		}
		RoadGraph.ProfileGraph profileGraph = this.graph.profile(profile);
		// Snapping is a good part of a large matrix's time and each lookup is independent.
		Snap[] snaps = new Snap[points.size()];
		PointOffRoadNetwork[] refused = new PointOffRoadNetwork[points.size()];
		IntStream indexes = IntStream.range(0, points.size());
		((points.size() >= PARALLEL_SNAP_POINTS) ? indexes.parallel() : indexes).forEach(i -> {
			try {
				snaps[i] = snap(i, points.get(i), profileGraph);
			}
			catch (PointOffRoadNetwork ex) {
				refused[i] = ex;
			}
		});
		for (PointOffRoadNetwork first : refused) {
			if (first != null) {
				throw first;
			}
		}
		MatrixPoints phantoms = PhantomNodes.of(this.graph.baseGraph(), profileGraph.weighting(), List.of(snaps));
		return profileGraph.matrix().compute(phantoms);
	}

	@Override
	public GeoPoint snap(GeoPoint point, VehicleProfile profile) {
		Snap snap = snap(0, point, this.graph.profile(profile));
		return new GeoPoint(snap.getSnappedPoint().getLat(), snap.getSnappedPoint().getLon());
	}

	@Override
	public NetworkArea area() {
		return this.graph.area();
	}

	/**
	 * Rings around the centre, one snap distance apart, with points one snap distance apart on each
	 * ring, so no road within the area slips between them; the first ring with points the network
	 * accepts gives the snapped point nearest the centre (within about two snap distances of the
	 * nearest road point there is).
	 */
	@Override
	public GeoPoint centralPoint(VehicleProfile profile) {
		RoadGraph.ProfileGraph graph = this.graph.profile(profile);
		NetworkArea area = area();
		GeoPoint centre = area.center();
		DistanceCalcEarth earth = DistanceCalcEarth.DIST_EARTH;
		double metresPerDegreeLat = 111_320;
		double metresPerDegreeLon = Math.max(1, metresPerDegreeLat * Math.cos(Math.toRadians(centre.lat())));
		double reach = earth.calcDist(area.minLat(), area.minLon(), area.maxLat(), area.maxLon()) / 2 + this.snapMaxMeters;
		for (double radius = 0; radius <= reach; radius += this.snapMaxMeters) {
			int points = (radius == 0) ? 1 : Math.max(8, (int) Math.ceil(2 * Math.PI * radius / this.snapMaxMeters));
			GeoPoint best = null;
			double bestDistance = Double.POSITIVE_INFINITY;
			for (int k = 0; k < points; k++) {
				double angle = 2 * Math.PI * k / points;
				Snap snap = this.graph.locationIndex()
					.findClosest(centre.lat() + radius * Math.sin(angle) / metresPerDegreeLat,
							centre.lon() + radius * Math.cos(angle) / metresPerDegreeLon, graph.snapFilter());
				if (!snap.isValid() || snap.getQueryDistance() > this.snapMaxMeters) {
					continue;
				}
				GHPoint at = snap.getSnappedPoint();
				double distance = earth.calcDist(centre.lat(), centre.lon(), at.getLat(), at.getLon());
				if (distance < bestDistance) {
					bestDistance = distance;
					best = new GeoPoint(at.getLat(), at.getLon());
				}
			}
			if (best != null) {
				return best;
			}
		}
		throw new PointOffRoadNetwork(0, centre, Double.POSITIVE_INFINITY, this.snapMaxMeters, graph.profile());
	}

	RoadGraph.NetworkInfo info() {
		return this.graph.info();
	}

	private Snap snap(int index, GeoPoint point, RoadGraph.ProfileGraph profile) {
		Objects.requireNonNull(point, "point " + index);
		Snap snap = this.graph.locationIndex().findClosest(point.lat(), point.lon(), profile.snapFilter());
		if (!snap.isValid()) {
			throw new PointOffRoadNetwork(index, point, Double.POSITIVE_INFINITY, this.snapMaxMeters, profile.profile());
		}
		if (snap.getQueryDistance() > this.snapMaxMeters) {
			throw new PointOffRoadNetwork(index, point, snap.getQueryDistance(), this.snapMaxMeters, profile.profile());
		}
		return snap;
	}

	/** Route and legs from one GraphHopper query. */
	Itinerary itinerary(List<GeoPoint> waypoints, VehicleProfile profile) {
		Objects.requireNonNull(profile, "profile");
		if (waypoints.size() < 2) {
			throw new IllegalArgumentException("A route needs at least two waypoints, got " + waypoints.size());
		}
		RoadGraph.ProfileGraph profileGraph = this.graph.profile(profile);
		List<GHPoint> points = new ArrayList<>(waypoints.size());
		for (int i = 0; i < waypoints.size(); i++) {
			snap(i, waypoints.get(i), profileGraph);
			points.add(new GHPoint(waypoints.get(i).lat(), waypoints.get(i).lon()));
		}
		GHRequest request = new GHRequest(points).setProfile(profileGraph.name())
			.setPathDetails(List.of(Parameters.Details.TIME, Parameters.Details.DISTANCE));
		request.putHint(Parameters.Routing.INSTRUCTIONS, false);
		GHResponse response = this.graph.hopper().route(request);
		if (response.hasErrors()) {
			throw failure(response.getErrors(), waypoints, profile);
		}
		return Itinerary.of(response.getBest());
	}

	private RuntimeException failure(List<Throwable> errors, List<GeoPoint> waypoints, VehicleProfile profile) {
		for (Throwable error : errors) {
			if (error instanceof PointNotFoundException notFound) {
				int index = notFound.getPointIndex();
				return new PointOffRoadNetwork(index, waypoints.get(index), Double.POSITIVE_INFINITY, this.snapMaxMeters,
						profile);
			}
		}
		if (errors.stream().anyMatch(ConnectionNotFoundException.class::isInstance)) {
			return firstDisconnectedLeg(waypoints, profile);
		}
		return new IllegalStateException("GraphHopper could not route: " + errors);
	}

	/** GraphHopper does not say which leg failed; the matrix of consecutive pairs does. */
	private NoRoadConnection firstDisconnectedLeg(List<GeoPoint> waypoints, VehicleProfile profile) {
		for (int k = 0; k + 1 < waypoints.size(); k++) {
			TravelMatrix pair = matrix(List.of(waypoints.get(k), waypoints.get(k + 1)), profile);
			if (!pair.reachable(0, 1)) {
				return new NoRoadConnection(k, k + 1, profile);
			}
		}
		return new NoRoadConnection(0, waypoints.size() - 1, profile);
	}

	/**
	 * A routed path split into legs at its waypoints.
	 *
	 * @param route the whole route
	 * @param legs one per consecutive pair of waypoints
	 */
	record Itinerary(RoadRoute route, List<RoadLeg> legs) {

		static Itinerary of(ResponsePath path) {
			PointList points = path.getPoints();
			int size = points.size();
			Map<String, List<PathDetail>> details = path.getPathDetails();
			double[] millisAt = cumulative(points, details.get(Parameters.Details.TIME));
			double[] metersAt = cumulative(points, details.get(Parameters.Details.DISTANCE));
			List<Integer> waypointIndices = path.getWaypointIndices();
			List<RoadLeg> legs = new ArrayList<>(waypointIndices.size() - 1);
			List<Long> legSeconds = new ArrayList<>();
			List<Long> legMeters = new ArrayList<>();
			for (int k = 0; k + 1 < waypointIndices.size(); k++) {
				int from = waypointIndices.get(k);
				int to = waypointIndices.get(k + 1);
				List<GeoPoint> geometry = new ArrayList<>();
				List<Double> seconds = new ArrayList<>();
				for (int i = from; i <= to; i++) {
					geometry.add(new GeoPoint(points.getLat(i), points.getLon(i)));
					seconds.add(Math.round(millisAt[i] - millisAt[from]) / 1000.0);
				}
				if (geometry.size() == 1) {
					geometry.add(geometry.get(0));
					seconds.add(0.0);
				}
				long legMillis = Math.round(millisAt[to] - millisAt[from]);
				long meters = Math.round(metersAt[to] - metersAt[from]);
				long secs = Math.round(legMillis / 1000.0);
				legs.add(new RoadLeg(meters, secs, geometry, seconds));
				legSeconds.add(secs);
				legMeters.add(meters);
			}
			List<GeoPoint> geometry = new ArrayList<>(size);
			for (int i = 0; i < size; i++) {
				geometry.add(new GeoPoint(points.getLat(i), points.getLon(i)));
			}
			RoadRoute route = new RoadRoute(Math.round(path.getDistance()), Math.round(path.getTime() / 1000.0), geometry,
					legSeconds, legMeters);
			return new Itinerary(route, List.copyOf(legs));
		}

		/**
		 * Running total of a per-edge path detail at every geometry point. Inside an edge the total
		 * grows with the distance along its geometry (constant speed along one road segment).
		 */
		private static double[] cumulative(PointList points, List<PathDetail> perEdge) {
			double[] at = new double[points.size()];
			double total = 0;
			int filled = 0;
			for (PathDetail detail : perEdge) {
				int first = detail.getFirst();
				int last = detail.getLast();
				for (int i = filled + 1; i <= first; i++) {
					at[i] = total;
				}
				double value = ((Number) detail.getValue()).doubleValue();
				double length = 0;
				for (int i = first; i < last; i++) {
					length += EARTH.calcDist(points.getLat(i), points.getLon(i), points.getLat(i + 1), points.getLon(i + 1));
				}
				double along = 0;
				for (int i = first + 1; i <= last; i++) {
					along += EARTH.calcDist(points.getLat(i - 1), points.getLon(i - 1), points.getLat(i), points.getLon(i));
					double share = (i == last || length == 0) ? 1 : along / length;
					at[i] = total + value * share;
				}
				total += value;
				filled = last;
			}
			for (int i = filled + 1; i < at.length; i++) {
				at[i] = total;
			}
			return at;
		}

	}

}
