package io.zaplecze.simulator.drive;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import io.zaplecze.simulator.DriveConfig;
import io.zaplecze.simulator.DriveReport;
import io.zaplecze.simulator.SimulatorException;
import io.zaplecze.simulator.StopEventType;
import io.zaplecze.simulator.When;
import io.zaplecze.simulator.clock.SimClock;
import io.zaplecze.simulator.device.DeviceConnection;
import io.zaplecze.simulator.device.DeviceCounters;
import io.zaplecze.simulator.device.DeviceCredentials;
import io.zaplecze.simulator.device.DeviceScript;
import io.zaplecze.simulator.device.Step;
import io.zaplecze.simulator.driving.RouteDrive;
import io.zaplecze.simulator.mqtt.PahoConnection;
import io.zaplecze.simulator.plan.PlanClient;
import io.zaplecze.simulator.plan.PlanReader;
import io.zaplecze.simulator.plan.PublishedPlan;

/**
 * Drives a published plan: one simulated device per vehicle, each with its own MQTT
 * connection, all stepped in simulated-time order by one scheduler thread on the
 * simulated clock. Publishing is asynchronous (each device keeps its in-flight window
 * full); the scheduler waits only for the clock, the rate limit, and devices whose outbox
 * runs far ahead of the broker.
 */
public final class DriveRunner {

	/**
	 * An online device with more pending than this holds the scheduler back
	 * (as-fast-as-possible runs).
	 */
	private static final int PENDING_HIGH = 2_000;

	private static final int PENDING_LOW = 1_000;

	private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);

	private static final Duration RECONNECT_WAIT = Duration.ofSeconds(5);

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

	private final DriveConfig config;

	private final PrintStream out;

	private DriveRunner(DriveConfig config) {
		this.config = config;
		this.out = config.out();
	}

	/**
	 * Runs the whole day and reports; progress lines and the summary go to the config's
	 * output.
	 */
	public static DriveReport run(DriveConfig config) throws InterruptedException {
		return new DriveRunner(config).run();
	}

	private DriveReport run() throws InterruptedException {
		PublishedPlan plan = plan();
		List<PublishedPlan.Route> routes = plan.routes()
			.stream()
			.filter(r -> !r.stops().isEmpty())
			.filter(r -> this.config.vehicles().isEmpty() || this.config.vehicles().contains(r.vehicleId()))
			.toList();
		if (routes.isEmpty()) {
			throw new SimulatorException("Nothing to drive: the plan has no route with stops"
					+ (this.config.vehicles().isEmpty() ? "" : " for vehicles " + this.config.vehicles()));
		}
		ZoneId zone = this.config.zone();
		LocalDate day = (plan.date() != null) ? plan.date() : LocalDate.ofInstant(routes.get(0).departure(), zone);
		long firstSeq = (this.config.firstSeq() != null) ? this.config.firstSeq()
				: Instant.now().getEpochSecond() * 1_000_000L;
		DeviceScript.Settings settings = new DeviceScript.Settings(this.config.topicRoot(),
				this.config.telemetryInterval().toMillis() / 1000.0, firstSeq);
		PahoConnection.Broker broker = new PahoConnection.Broker(this.config.brokerUrl(), this.config.mqttUsername(),
				this.config.mqttPassword(), this.config.trustCertificates());
		Map<String, DeviceCredentials.Credential> own = deviceCredentials(routes);
		String runTag = Long.toString(new SplittableRandom().nextLong() & 0xFFFFFFL, 36);
		ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread thread = new Thread(r, "simulator-timer");
			thread.setDaemon(true);
			return thread;
		});
		List<Vehicle> fleet = new ArrayList<>();
		try {
			for (PublishedPlan.Route route : routes) {
				long vehicleSeed = this.config.seed() * 0x9E3779B97F4A7C15L + route.vehicleId().hashCode();
				RouteDrive drive = RouteDrive.of(route, this.config.variation(), new SplittableRandom(vehicleSeed),
						zone);
				DeviceCounters counters = new DeviceCounters();
				DeviceScript script = DeviceScript.of(drive, settings, this.config.faults(), day, zone,
						new SplittableRandom(~vehicleSeed), counters);
				DeviceCredentials.Credential credential = own.get(route.vehicleId());
				DeviceConnection connection = (credential != null)
						? new DeviceConnection(broker.as(credential.username(), credential.secret()), credential.clientId(),
								counters, this.config.maxInflight(), timer)
						: new DeviceConnection(broker, this.config.clientIdPrefix() + "-" + route.vehicleId() + "-" + runTag,
								counters, this.config.maxInflight(), timer);
				fleet.add(new Vehicle(fleet.size(), route, drive, script, connection, counters));
			}
			connectAll(fleet);
			double start = start(routes, day);
			SimClock clock = SimClock.of(start, this.config.speed());
			Progress progress = new Progress(fleet, clock, zone);
			long wallStart = System.nanoTime();
			if (this.out != null) {
				this.out.printf(Locale.ROOT, "Driving %d vehicle(s), %d stops of plan %s v%d (%s) at %s from %s%n",
						fleet.size(), fleet.stream().mapToInt(v -> v.route.stops().size()).sum(), plan.planId(),
						plan.version(), day, speedLabel(), local(start, zone));
			}
			if (this.out != null && !this.config.progressInterval().isZero()) {
				long every = this.config.progressInterval().toMillis();
				timer.scheduleAtFixedRate(() -> this.out.println(progress.line()), every, every, TimeUnit.MILLISECONDS);
			}
			double last = drive(fleet, clock);
			long deadline = System.nanoTime() + this.config.drainTimeout().toNanos();
			for (Vehicle v : fleet) {
				v.connection.awaitDrained(deadline);
			}
			Duration wall = Duration.ofNanos(System.nanoTime() - wallStart);
			DriveReport report = report(plan, day, firstSeq, start, last, wall, fleet);
			if (this.out != null) {
				if (!this.config.progressInterval().isZero()) {
					this.out.println(progress.line());
				}
				this.out.println(report.summary());
			}
			return report;
		}
		finally {
			timer.shutdownNow();
			for (Vehicle v : fleet) {
				v.connection.close();
			}
		}
	}

	/** Each vehicle's own broker account, when the run is told to use them (empty: the shared account). */
	private Map<String, DeviceCredentials.Credential> deviceCredentials(List<PublishedPlan.Route> routes)
			throws InterruptedException {
		List<String> vehicles = routes.stream().map(PublishedPlan.Route::vehicleId).toList();
		if (this.config.deviceCredentials() != null) {
			return DeviceCredentials.read(this.config.deviceCredentials(), vehicles);
		}
		if (this.config.provisionDevices()) {
			Map<String, DeviceCredentials.Credential> issued = DeviceCredentials.provision(this.config.api(),
					this.config.username(), this.config.password(), this.config.bearerToken(), vehicles);
			if (this.out != null) {
				this.out.println("Provisioned " + issued.size() + " device account(s) through " + this.config.api());
			}
			return issued;
		}
		return Map.of();
	}

	private PublishedPlan plan() throws InterruptedException {
		if (this.config.plan() != null) {
			return this.config.plan();
		}
		if (this.config.planFile() != null) {
			return PlanReader.read(this.config.planFile());
		}
		LocalDate date = (this.config.date() != null) ? this.config.date() : LocalDate.now(this.config.zone());
		PlanClient client = new PlanClient(this.config.api(), this.config.username(), this.config.password(),
				this.config.bearerToken());
		if (this.out != null) {
			this.out.println("Fetching the published plan for " + date + " from " + client.planUri(date));
		}
		return client.await(date, this.config.waitForPlan(), this.config.planRetryInterval(), line -> {
			if (this.out != null) {
				this.out.println(line);
			}
		});
	}

	/**
	 * Connects every device before the clock starts, so no early message counts as
	 * buffered.
	 */
	private void connectAll(List<Vehicle> fleet) throws InterruptedException {
		fleet.forEach(v -> v.connection.start());
		long deadline = System.nanoTime() + CONNECT_TIMEOUT.toNanos();
		for (Vehicle v : fleet) {
			// three refused attempts (about a second of back-off) and the broker is not
			// there
			while (!v.connection.online() && v.connection.failedConnects() < 3 && System.nanoTime() < deadline) {
				Thread.sleep(20);
			}
			if (!v.connection.online()) {
				throw new SimulatorException(
						"Cannot connect to the MQTT broker " + this.config.brokerUrl() + " as " + v.route.vehicleId()
								+ " within " + CONNECT_TIMEOUT.toSeconds() + " s: " + v.connection.lastError());
			}
		}
	}

	private double start(List<PublishedPlan.Route> routes, LocalDate day) {
		String start = this.config.start().trim();
		if (start.equalsIgnoreCase("plan")) {
			double first = routes.stream().mapToDouble(r -> r.departure().toEpochMilli() / 1000.0).min().orElseThrow();
			return first - 60;
		}
		if (start.equalsIgnoreCase("now")) {
			return System.currentTimeMillis() / 1000.0;
		}
		try {
			return When.parse(start).resolve(day, this.config.zone());
		}
		catch (IllegalArgumentException ex) {
			throw new SimulatorException("--start must be plan, now, HH:mm or an ISO instant: '" + start + "'");
		}
	}

	/**
	 * The scheduler: every device's next step, in simulated-time order. Returns the last
	 * step's time.
	 */
	private double drive(List<Vehicle> fleet, SimClock clock) throws InterruptedException {
		PriorityQueue<Vehicle> queue = new PriorityQueue<>(
				Comparator.comparingDouble((Vehicle v) -> v.script.peekDue()).thenComparingInt(v -> v.index));
		for (Vehicle v : fleet) {
			if (v.script.hasNext()) {
				queue.add(v);
			}
		}
		RateLimit limit = new RateLimit(this.config.maxRate());
		double last = clock.now();
		while (!queue.isEmpty()) {
			Vehicle v = queue.poll();
			double due = v.script.peekDue();
			clock.sleepUntil(due);
			Step step = v.script.next();
			v.started = true;
			switch (step) {
				case Step.Publish publish -> {
					limit.acquire();
					if (v.connection.pending() > PENDING_HIGH) {
						v.connection.awaitPendingAtMost(PENDING_LOW, System.nanoTime() + TimeUnit.SECONDS.toNanos(30));
					}
					v.connection.submit(publish.message());
				}
				case Step.GoOffline off -> v.connection.goOffline();
				case Step.GoOnline on -> {
					v.connection.goOnline();
					awaitReconnect(v);
				}
				case Step.DropConnection drop -> {
					v.connection.dropConnection();
					awaitReconnect(v);
				}
			}
			last = Math.max(last, due);
			if (v.script.hasNext()) {
				queue.add(v);
			}
			else {
				v.finished = true;
			}
		}
		return last;
	}

	/**
	 * A device's reconnection takes wall time the simulated clock would otherwise run on
	 * (at full speed, whole simulated minutes): wait for it, so an injected fault means
	 * the same on every run. A broker that stays away is not waited for: the device keeps
	 * queueing.
	 */
	private static void awaitReconnect(Vehicle v) throws InterruptedException {
		v.connection.awaitOnline(System.nanoTime() + RECONNECT_WAIT.toNanos());
	}

	private DriveReport report(PublishedPlan plan, LocalDate day, long firstSeq, double start, double last,
			Duration wall, List<Vehicle> fleet) {
		DeviceCounters total = new DeviceCounters();
		List<DriveReport.VehicleReport> perVehicle = new ArrayList<>();
		for (Vehicle v : fleet) {
			DeviceCounters c = v.counters;
			c.addTo(total);
			long events = c.acked() - c.telemetryAcked.get();
			long delivered = c.eventsGenerated.get(StopEventType.DELIVERED.ordinal());
			long failed = c.eventsGenerated.get(StopEventType.FAILED.ordinal());
			perVehicle.add(new DriveReport.VehicleReport(v.route.vehicleId(), v.route.stops().size(), delivered, failed,
					c.telemetryAcked.get(), events, firstSeq, firstSeq + c.generated() - 1, instant(v.drive.start()),
					instant(v.drive.end()), c.generated() - c.acked()));
		}
		Map<StopEventType, Long> eventsSent = new EnumMap<>(StopEventType.class);
		long eventsGenerated = 0;
		for (StopEventType type : StopEventType.values()) {
			eventsSent.put(type, total.eventsAcked.get(type.ordinal()));
			eventsGenerated += total.eventsGenerated.get(type.ordinal());
		}
		return new DriveReport(plan.planId(), plan.version(), day, this.config.seed(), instant(start), instant(last),
				wall, fleet.size(), fleet.stream().mapToInt(v -> v.route.stops().size()).sum(),
				total.eventsGenerated.get(StopEventType.DELIVERED.ordinal()),
				total.eventsGenerated.get(StopEventType.FAILED.ordinal()), total.stopsFailedByBreakdown.get(),
				total.stopsLeftOpen.get(), total.telemetryAcked.get(), eventsSent, total.duplicatesAcked.get(),
				total.telemetryGenerated.get(), eventsGenerated, total.generated() - total.acked(),
				total.publishes.get(), total.resends.get(), total.publishFailures.get(), total.abandoned.get(),
				total.bufferedOffline.get(), total.reconnects.get(), total.noisyFixes.get(), total.gpsJumps.get(),
				total.duplicates.get(), total.reordered.get(), total.dropouts.get(), total.disconnects.get(),
				total.breakdowns.get(), perVehicle);
	}

	private String speedLabel() {
		double speed = this.config.speed();
		return Double.isInfinite(speed) ? "full speed (no waiting)"
				: String.format(Locale.ROOT, "×%s", (speed == Math.rint(speed)) ? Long.toString((long) speed) : speed);
	}

	private static Instant instant(double epochSeconds) {
		return Instant.ofEpochMilli(Math.round(epochSeconds * 1000)).truncatedTo(ChronoUnit.MILLIS);
	}

	static String local(double epochSeconds, ZoneId zone) {
		return LocalTime.ofInstant(Instant.ofEpochSecond((long) epochSeconds), zone).format(CLOCK);
	}

	/**
	 * One simulated vehicle: its route, how it drives, its device script and connection.
	 */
	static final class Vehicle {

		final int index;

		final PublishedPlan.Route route;

		final RouteDrive drive;

		final DeviceScript script;

		final DeviceConnection connection;

		final DeviceCounters counters;

		volatile boolean started;

		volatile boolean finished;

		Vehicle(int index, PublishedPlan.Route route, RouteDrive drive, DeviceScript script,
				DeviceConnection connection, DeviceCounters counters) {
			this.index = index;
			this.route = route;
			this.drive = drive;
			this.script = script;
			this.connection = connection;
			this.counters = counters;
		}

	}

	/**
	 * Spaces publishes to at most a given rate (wall time), allowing a one-second burst
	 * after a pause.
	 */
	private static final class RateLimit {

		private final long intervalNanos;

		private long next = System.nanoTime();

		RateLimit(double perSecond) {
			this.intervalNanos = (perSecond > 0) ? (long) (1e9 / perSecond) : 0;
		}

		void acquire() throws InterruptedException {
			if (this.intervalNanos == 0) {
				return;
			}
			long now = System.nanoTime();
			this.next = Math.max(this.next + this.intervalNanos, now - 1_000_000_000L);
			long wait = this.next - now;
			if (wait > 0) {
				LockSupport.parkNanos(wait);
				if (Thread.interrupted()) {
					throw new InterruptedException();
				}
			}
		}

	}

}
