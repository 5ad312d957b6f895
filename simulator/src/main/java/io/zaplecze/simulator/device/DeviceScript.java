package io.zaplecze.simulator.device;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import io.zaplecze.simulator.Breakdown;
import io.zaplecze.simulator.FailureReason;
import io.zaplecze.simulator.Faults;
import io.zaplecze.simulator.Outage;
import io.zaplecze.simulator.StopEventType;
import io.zaplecze.simulator.driving.Geo;
import io.zaplecze.simulator.driving.Poisson;
import io.zaplecze.simulator.driving.RouteDrive;

/**
 * What one vehicle's device publishes over the day, in simulated-time order: telemetry
 * every interval while the vehicle is on its route, its stop events, and the faults
 * switched on (GPS noise and jumps, duplicates, reordering, dropouts, broker disconnects,
 * a breakdown). One {@code seq} counter covers both topics and follows device time.
 * Generated lazily, so a large fleet's day is never held in memory.
 */
public final class DeviceScript {

	/**
	 * How the device reports.
	 *
	 * @param topicRoot MQTT topic root, e.g. {@code zaplecze/v1}
	 * @param telemetryIntervalSeconds simulated seconds between fixes
	 * @param firstSeq the device's first {@code seq}
	 */
	public record Settings(String topicRoot, double telemetryIntervalSeconds, long firstSeq) {

		public Settings {
			if (!(telemetryIntervalSeconds > 0)) {
				throw new IllegalArgumentException("the telemetry interval must be positive");
			}
		}

	}

	private final RouteDrive drive;

	private final String vehicleId;

	private final String telemetryTopic;

	private final String eventsTopic;

	private final byte[] telemetryPrefix;

	private final double interval;

	private final Faults faults;

	private final DeviceCounters counters;

	private final SplittableRandom sensorRandom;

	private final SplittableRandom noiseRandom;

	private final SplittableRandom jumpRandom;

	private final SplittableRandom duplicateRandom;

	private final SplittableRandom reorderRandom;

	/** Events that will be reported, in time order, breakdown applied. */
	private final List<RouteDrive.Event> events;

	/** Fixes are reported up to this time. */
	private final double tickLimit;

	/**
	 * Whether a last fix is reported exactly at {@link #tickLimit} (not when the device
	 * dies there).
	 */
	private final boolean finalTick;

	/** Breakdown time in STALL mode (fixes after it stand still), else NaN. */
	private final double stalledAt;

	private final RouteDrive.Position stalledPosition;

	private final List<Step> actions;

	private final ArrayDeque<Step.Publish> ready = new ArrayDeque<>();

	private long nextSeq;

	private long tick;

	private int eventIndex;

	private boolean finalTickDone;

	private int actionIndex;

	private DeviceScript(RouteDrive drive, Settings settings, Faults faults, LocalDate day, ZoneId zone,
			SplittableRandom random, DeviceCounters counters) {
		this.drive = drive;
		this.vehicleId = drive.vehicleId();
		String base = settings.topicRoot() + "/vehicles/" + this.vehicleId;
		this.telemetryTopic = base + "/telemetry";
		this.eventsTopic = base + "/events";
		this.telemetryPrefix = Payloads.telemetryPrefix(this.vehicleId);
		this.interval = settings.telemetryIntervalSeconds();
		this.faults = faults;
		this.counters = counters;
		this.nextSeq = settings.firstSeq();
		this.sensorRandom = random.split();
		this.noiseRandom = random.split();
		this.jumpRandom = random.split();
		this.duplicateRandom = random.split();
		this.reorderRandom = random.split();
		SplittableRandom outageRandom = random.split();

		Breakdown breakdown = faults.breakdowns()
			.stream()
			.filter(b -> b.vehicleId().equals(this.vehicleId))
			.min(Comparator.comparingDouble(b -> b.at().resolve(day, zone)))
			.orElse(null);
		double tb = (breakdown != null) ? Math.max(drive.start(), breakdown.at().resolve(day, zone)) : Double.NaN;
		if (breakdown == null || tb >= drive.end()) {
			this.events = drive.events();
			this.tickLimit = drive.end();
			this.finalTick = true;
			this.stalledAt = Double.NaN;
			this.stalledPosition = null;
		}
		else {
			counters.breakdowns.incrementAndGet();
			List<RouteDrive.Event> kept = new ArrayList<>(drive.events().stream().filter(e -> e.time() <= tb).toList());
			long open = drive.visits().stream().filter(v -> v.outcomeAt() > tb).count();
			RouteDrive.Position where = drive.positionAt(tb);
			switch (breakdown.mode()) {
				case FAIL -> {
					for (RouteDrive.Visit visit : drive.visits()) {
						if (visit.outcomeAt() > tb) {
							kept.add(new RouteDrive.Event(tb, StopEventType.FAILED, visit.stop().stopId(),
									visit.stop().sequence(), where.lat(), where.lon(), null, null,
									FailureReason.OTHER));
						}
					}
					counters.stopsFailedByBreakdown.addAndGet(open);
					this.tickLimit = tb;
					this.finalTick = true;
					this.stalledAt = Double.NaN;
				}
				case SILENT -> {
					counters.stopsLeftOpen.addAndGet(open);
					kept.removeIf(e -> e.time() >= tb);
					this.tickLimit = tb;
					this.finalTick = false;
					this.stalledAt = Double.NaN;
				}
				default -> {
					counters.stopsLeftOpen.addAndGet(open);
					this.tickLimit = drive.end();
					this.finalTick = true;
					this.stalledAt = tb;
				}
			}
			this.events = List.copyOf(kept);
			this.stalledPosition = new RouteDrive.Position(where.lat(), where.lon(), 0, where.heading());
		}
		this.actions = actions(faults, day, zone, outageRandom);
	}

	/**
	 * The script of one vehicle's device.
	 * @param random the device's own fault stream (independent of the driving stream)
	 */
	public static DeviceScript of(RouteDrive drive, Settings settings, Faults faults, LocalDate day, ZoneId zone,
			SplittableRandom random, DeviceCounters counters) {
		return new DeviceScript(drive, settings, faults, day, zone, random, counters);
	}

	public String vehicleId() {
		return this.vehicleId;
	}

	public RouteDrive drive() {
		return this.drive;
	}

	/** The next step's simulated time, or NaN when the script is done. */
	public double peekDue() {
		Step next = peek();
		return (next != null) ? next.due() : Double.NaN;
	}

	public boolean hasNext() {
		return peek() != null;
	}

	/** The next step; counts the faults it stands for. */
	public Step next() {
		Step step = peek();
		if (step == null) {
			throw new IllegalStateException("the script of " + this.vehicleId + " is done");
		}
		if (step instanceof Step.Publish) {
			this.ready.poll();
		}
		else {
			this.actionIndex++;
			if (step instanceof Step.GoOffline) {
				this.counters.dropouts.incrementAndGet();
			}
			else if (step instanceof Step.DropConnection) {
				this.counters.disconnects.incrementAndGet();
			}
		}
		return step;
	}

	private Step peek() {
		fill();
		Step.Publish message = this.ready.peek();
		Step action = (this.actionIndex < this.actions.size()) ? this.actions.get(this.actionIndex) : null;
		if (action != null && (message == null || action.due() <= message.due())) {
			return action;
		}
		return message;
	}

	private void fill() {
		while (this.ready.isEmpty()) {
			Outgoing message = nextMessage();
			if (message == null) {
				return;
			}
			boolean swap = this.reorderRandom.nextDouble() < this.faults.reorderRate();
			if (swap) {
				Outgoing later = nextMessage();
				if (later != null) {
					this.counters.reordered.incrementAndGet();
					enqueue(later, later.deviceTime);
					enqueue(message, later.deviceTime);
					continue;
				}
			}
			enqueue(message, message.deviceTime);
		}
	}

	private void enqueue(Outgoing message, double due) {
		this.ready.add(new Step.Publish(due, message));
		if (this.duplicateRandom.nextDouble() < this.faults.duplicateRate()) {
			this.counters.duplicates.incrementAndGet();
			this.ready.add(new Step.Publish(due, message.duplicate()));
		}
	}

	/**
	 * The next message in device-time order (fixes first on ties), with its seq; null at
	 * the end.
	 */
	private Outgoing nextMessage() {
		double tickTime = nextTickTime();
		RouteDrive.Event event = (this.eventIndex < this.events.size()) ? this.events.get(this.eventIndex) : null;
		if (Double.isNaN(tickTime) && event == null) {
			return null;
		}
		if (event == null || (!Double.isNaN(tickTime) && tickTime <= event.time())) {
			if (tickTime >= this.tickLimit) {
				this.finalTickDone = true;
			}
			else {
				this.tick++;
			}
			return telemetry(tickTime);
		}
		this.eventIndex++;
		return event(event);
	}

	/**
	 * Ticks every interval from the start, plus one at the very end so the track ends
	 * where the vehicle did.
	 */
	private double nextTickTime() {
		if (this.finalTickDone) {
			return Double.NaN;
		}
		double t = this.drive.start() + this.tick * this.interval;
		if (t < this.tickLimit) {
			return t;
		}
		return this.finalTick ? this.tickLimit : Double.NaN;
	}

	private Outgoing telemetry(double t) {
		RouteDrive.Position p = (!Double.isNaN(this.stalledAt) && t > this.stalledAt) ? this.stalledPosition
				: this.drive.positionAt(t);
		double lat = p.lat();
		double lon = p.lon();
		double accuracy = 3 + 3 * this.sensorRandom.nextDouble();
		double noise = this.faults.gpsNoiseMeters();
		double north = this.noiseRandom.nextGaussian();
		double east = this.noiseRandom.nextGaussian();
		if (noise > 0) {
			double[] moved = Geo.offset(lat, lon, north * noise, east * noise);
			lat = moved[0];
			lon = moved[1];
			accuracy = Math.max(accuracy, noise);
			this.counters.noisyFixes.incrementAndGet();
		}
		boolean jump = this.jumpRandom.nextDouble() < this.faults.gpsJumpRate();
		double distance = this.faults.gpsJumpMeters() * (0.5 + this.jumpRandom.nextDouble());
		double bearing = 2 * Math.PI * this.jumpRandom.nextDouble();
		if (jump) {
			double[] moved = Geo.offset(lat, lon, distance * Math.cos(bearing), distance * Math.sin(bearing));
			lat = moved[0];
			lon = moved[1];
			this.counters.gpsJumps.incrementAndGet();
		}
		long seq = this.nextSeq++;
		this.counters.telemetryGenerated.incrementAndGet();
		byte[] payload = Payloads.telemetry(this.telemetryPrefix, seq, millis(t), lat, lon, p.speedKmh(), p.heading(),
				accuracy);
		return new Outgoing(this.vehicleId, seq, null, this.telemetryTopic, payload, t, false);
	}

	private Outgoing event(RouteDrive.Event e) {
		long seq = this.nextSeq++;
		this.counters.eventsGenerated.incrementAndGet(e.type().ordinal());
		if (e.type() == StopEventType.DELIVERED || e.type() == StopEventType.FAILED) {
			this.counters.stopsDone.incrementAndGet();
		}
		byte[] payload = Payloads.event(this.vehicleId, seq, millis(e.time()), e.type(), e.stopId(), e.lat(), e.lon(),
				e.recipientName(), e.signatureRef(), e.reason());
		return new Outgoing(this.vehicleId, seq, e.type(), this.eventsTopic, payload, e.time(), false);
	}

	private static long millis(double epochSeconds) {
		return Math.round(epochSeconds * 1000);
	}

	/**
	 * Dropout windows (merged) and broker disconnects within the vehicle's day, in time
	 * order.
	 */
	private List<Step> actions(Faults faults, LocalDate day, ZoneId zone, SplittableRandom random) {
		double start = this.drive.start();
		double end = this.tickLimit;
		double hours = Math.max(0, end - start) / 3600;
		List<double[]> windows = new ArrayList<>();
		int randomDropouts = Poisson.draw(faults.dropoutsPerHour() * hours, random);
		double typical = faults.dropoutDuration().toMillis() / 1000.0;
		for (int i = 0; i < randomDropouts; i++) {
			double from = start + random.nextDouble() * (end - start);
			windows.add(new double[] { from, from + typical * (0.5 + random.nextDouble()) });
		}
		for (Outage o : faults.dropouts()) {
			if (o.concerns(this.vehicleId)) {
				double from = o.at().resolve(day, zone);
				windows.add(new double[] { from, from + o.duration().toMillis() / 1000.0 });
			}
		}
		windows.removeIf(w -> w[1] <= start || w[0] > end || w[1] <= w[0]);
		windows.sort(Comparator.comparingDouble(w -> w[0]));
		List<Step> steps = new ArrayList<>();
		double[] open = null;
		for (double[] w : windows) {
			if (open != null && w[0] <= open[1]) {
				open[1] = Math.max(open[1], w[1]);
				continue;
			}
			if (open != null) {
				steps.add(new Step.GoOffline(open[0]));
				steps.add(new Step.GoOnline(open[1]));
			}
			open = w.clone();
		}
		if (open != null) {
			steps.add(new Step.GoOffline(open[0]));
			steps.add(new Step.GoOnline(open[1]));
		}
		int randomDisconnects = Poisson.draw(faults.disconnectsPerHour() * hours, random);
		for (int i = 0; i < randomDisconnects; i++) {
			steps.add(new Step.DropConnection(start + random.nextDouble() * (end - start)));
		}
		for (Outage o : faults.disconnects()) {
			double at = o.at().resolve(day, zone);
			if (o.concerns(this.vehicleId) && at >= start && at <= end) {
				steps.add(new Step.DropConnection(at));
			}
		}
		steps.sort(Comparator.comparingDouble(Step::due));
		return List.copyOf(steps);
	}

}
