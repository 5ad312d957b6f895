package io.zaplecze.simulator.load;

import java.util.SplittableRandom;

import io.zaplecze.simulator.device.Payloads;
import io.zaplecze.simulator.driving.Geo;

/**
 * A synthetic but plausible vehicle for the load mode: it drives at town speeds with
 * gentle turns inside a circle, and reports fixes with its own seq and monotonic device
 * time (wall clock). Used by one publishing thread only.
 */
final class VirtualDevice {

	final String topic;

	private final byte[] prefix;

	private final double centerLat;

	private final double centerLon;

	private final double radiusMeters;

	private double lat;

	private double lon;

	private double heading;

	private double speedMps;

	private long seq;

	private long lastMillis;

	VirtualDevice(String vehicleId, String topicRoot, long firstSeq, double centerLat, double centerLon,
			double radiusMeters, SplittableRandom random) {
		this.topic = topicRoot + "/vehicles/" + vehicleId + "/telemetry";
		this.prefix = Payloads.telemetryPrefix(vehicleId);
		this.centerLat = centerLat;
		this.centerLon = centerLon;
		this.radiusMeters = radiusMeters;
		double r = radiusMeters * Math.sqrt(random.nextDouble());
		double a = 2 * Math.PI * random.nextDouble();
		double[] start = Geo.offset(centerLat, centerLon, r * Math.cos(a), r * Math.sin(a));
		this.lat = start[0];
		this.lon = start[1];
		this.heading = 360 * random.nextDouble();
		this.speedMps = (20 + 40 * random.nextDouble()) / 3.6;
		this.seq = firstSeq;
	}

	/** Moves the vehicle to {@code nowMillis} and encodes its fix there. */
	byte[] nextFix(long nowMillis, SplittableRandom random) {
		long t = Math.max(nowMillis, this.lastMillis + 1);
		if (this.lastMillis > 0) {
			double dt = (t - this.lastMillis) / 1000.0;
			this.heading = (this.heading + (random.nextDouble() - 0.5) * 20 * Math.min(1, dt) + 360) % 360;
			this.speedMps = Math.max(0,
					Math.min(70 / 3.6, this.speedMps + (random.nextDouble() - 0.5) * 2 * Math.min(1, dt)));
			double distance = this.speedMps * dt;
			double rad = Math.toRadians(this.heading);
			double[] next = Geo.offset(this.lat, this.lon, distance * Math.cos(rad), distance * Math.sin(rad));
			this.lat = next[0];
			this.lon = next[1];
			if (Geo.distanceMeters(this.lat, this.lon, this.centerLat, this.centerLon) > this.radiusMeters) {
				this.heading = Geo.bearingDegrees(this.lat, this.lon, this.centerLat, this.centerLon);
			}
		}
		this.lastMillis = t;
		return Payloads.telemetry(this.prefix, this.seq++, t, this.lat, this.lon, this.speedMps * 3.6, this.heading,
				4 + random.nextInt(5));
	}

}
