package io.zaplecze.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import io.zaplecze.simulator.driving.Geo;
import io.zaplecze.simulator.plan.PlanReader;
import io.zaplecze.simulator.plan.PublishedPlan;

/** Test plans from {@code src/test/resources/plans}. */
public final class Fixtures {

	private Fixtures() {
	}

	/**
	 * Two vans from a depot in central Warsaw on 2026-11-27, leaving 07:00Z (08:00
	 * local): VAN-01 with three stops (about 28 min), VAN-02 with two, the second of
	 * which opens only at 08:00Z (the van waits). L-shaped street polylines, points every
	 * ~250 m, road speeds 30–50 km/h.
	 */
	public static PublishedPlan twoVans() {
		return plan("plans/two-vans.json");
	}

	public static PublishedPlan plan(String resource) {
		try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("no test resource " + resource);
			}
			return PlanReader.parse(in.readAllBytes(), resource);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Metres from a point to the nearest leg polyline of a route. */
	public static double distanceToRoute(PublishedPlan.Route route, double lat, double lon) {
		double best = Double.MAX_VALUE;
		for (PublishedPlan.Leg leg : route.legs()) {
			double[][] c = leg.geometry().coordinates();
			for (int i = 1; i < c.length; i++) {
				best = Math.min(best,
						Geo.distanceToSegmentMeters(lat, lon, c[i - 1][1], c[i - 1][0], c[i][1], c[i][0]));
			}
		}
		return best;
	}

	public static PublishedPlan.Route route(PublishedPlan plan, String vehicleId) {
		return plan.routes().stream().filter(r -> r.vehicleId().equals(vehicleId)).findFirst().orElseThrow();
	}

}
