package io.zaplecze.simulator.driving;

import java.util.Arrays;

import io.zaplecze.simulator.plan.PublishedPlan;

/**
 * A leg's road polyline with the time the road network needs to reach each point
 * ({@code pointSeconds}): where a vehicle is after driving {@code tau} seconds at road
 * speeds.
 */
final class LegPath {

	/** Speed assumed when a leg carries neither times nor a travel time: 30 km/h. */
	private static final double FALLBACK_SPEED_MPS = 30 / 3.6;

	private final double[] lat;

	private final double[] lon;

	/** Seconds from the leg's start to each point, non-decreasing, starting at 0. */
	private final double[] seconds;

	/**
	 * Bearing of the segment starting at each point (the last one repeats its
	 * predecessor).
	 */
	private final double[] heading;

	private final double[] segmentMeters;

	LegPath(PublishedPlan.Leg leg) {
		double[][] coordinates = leg.geometry().coordinates();
		int n = coordinates.length;
		this.lat = new double[n];
		this.lon = new double[n];
		for (int i = 0; i < n; i++) {
			this.lon[i] = coordinates[i][0];
			this.lat[i] = coordinates[i][1];
		}
		this.segmentMeters = new double[n];
		double[] cumulative = new double[n];
		for (int i = 1; i < n; i++) {
			this.segmentMeters[i - 1] = Geo.distanceMeters(this.lat[i - 1], this.lon[i - 1], this.lat[i], this.lon[i]);
			cumulative[i] = cumulative[i - 1] + this.segmentMeters[i - 1];
		}
		this.seconds = times(leg, cumulative);
		this.heading = new double[n];
		double last = (n > 1) ? Geo.bearingDegrees(this.lat[0], this.lon[0], this.lat[n - 1], this.lon[n - 1]) : 0;
		for (int i = 0; i < n - 1; i++) {
			if (this.segmentMeters[i] > 0.01) {
				last = Geo.bearingDegrees(this.lat[i], this.lon[i], this.lat[i + 1], this.lon[i + 1]);
			}
			this.heading[i] = last;
		}
		this.heading[n - 1] = last;
	}

	/**
	 * The leg's own point times when they are usable, otherwise times proportional to
	 * distance over its travel time: a plan is never refused for a missing or malformed
	 * {@code pointSeconds}.
	 */
	private static double[] times(PublishedPlan.Leg leg, double[] cumulative) {
		int n = cumulative.length;
		double[] given = leg.pointSeconds();
		boolean usable = given != null && given.length == n && Arrays.stream(given).allMatch(Double::isFinite);
		double[] t = new double[n];
		if (usable) {
			for (int i = 0; i < n; i++) {
				t[i] = Math.max(given[i] - given[0], (i > 0) ? t[i - 1] : 0);
			}
			return t;
		}
		double meters = cumulative[n - 1];
		double total = (leg.travelSeconds() > 0) ? leg.travelSeconds() : meters / FALLBACK_SPEED_MPS;
		for (int i = 0; i < n; i++) {
			t[i] = (meters > 0) ? total * cumulative[i] / meters : 0;
		}
		return t;
	}

	/** Driving time at road speeds. */
	double duration() {
		return this.seconds[this.seconds.length - 1];
	}

	double endLat() {
		return this.lat[this.lat.length - 1];
	}

	double endLon() {
		return this.lon[this.lon.length - 1];
	}

	double endHeading() {
		return this.heading[this.heading.length - 1];
	}

	int points() {
		return this.lat.length;
	}

	double lat(int i) {
		return this.lat[i];
	}

	double lon(int i) {
		return this.lon[i];
	}

	/**
	 * Where the vehicle is after {@code tau} seconds at road speeds, and how fast the
	 * road is there.
	 */
	Sample at(double tau) {
		int n = this.seconds.length;
		if (tau <= 0 || n == 1) {
			return new Sample(this.lat[0], this.lon[0], speedOf(0), this.heading[0]);
		}
		if (tau >= this.seconds[n - 1]) {
			return new Sample(this.lat[n - 1], this.lon[n - 1], 0, this.heading[n - 1]);
		}
		int i = segmentAt(tau);
		double span = this.seconds[i + 1] - this.seconds[i];
		double f = (span > 0) ? (tau - this.seconds[i]) / span : 1;
		return new Sample(this.lat[i] + f * (this.lat[i + 1] - this.lat[i]),
				this.lon[i] + f * (this.lon[i + 1] - this.lon[i]), speedOf(i), this.heading[i]);
	}

	/** The segment {@code i} with {@code seconds[i] <= tau < seconds[i + 1]}. */
	private int segmentAt(double tau) {
		int found = Arrays.binarySearch(this.seconds, tau);
		int i;
		if (found >= 0) {
			// several points may share a time (zero-length or instant segments): take the
			// last
			i = found;
			while (i + 1 < this.seconds.length - 1 && this.seconds[i + 1] == tau) {
				i++;
			}
		}
		else {
			i = -found - 2;
		}
		return Math.max(0, Math.min(i, this.seconds.length - 2));
	}

	private double speedOf(int segment) {
		if (segment >= this.seconds.length - 1) {
			return 0;
		}
		double span = this.seconds[segment + 1] - this.seconds[segment];
		return (span > 0) ? this.segmentMeters[segment] / span : 0;
	}

	/**
	 * A position on the leg.
	 *
	 * @param lat latitude
	 * @param lon longitude
	 * @param roadSpeedMps the road network's speed on this segment (before traffic)
	 * @param heading bearing of the segment
	 */
	record Sample(double lat, double lon, double roadSpeedMps, double heading) {
	}

}
