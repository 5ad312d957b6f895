package io.zaplecze.routing.plan;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import io.zaplecze.platform.DemoDay;
import io.zaplecze.platform.GeoPoint;
import io.zaplecze.routing.RoadNetworkManagement;
import io.zaplecze.routing.RoutePlanManagement;
import io.zaplecze.routing.VehicleProfile;
import io.zaplecze.routing.delivery.Delivery;
import io.zaplecze.routing.delivery.DeliveryService;
import io.zaplecze.routing.fleet.FleetService;
import io.zaplecze.routing.fleet.FleetVehicle;

/**
 * The routing part of the demo day (order 300): waits for the warehouse's deliveries of the day to
 * arrive through the events (up to a minute, until their number stops growing), adds a fleet of eight
 * vans (three refrigerated, which may return to reload: the cold chain is the scarce capacity) at the depot the deliveries leave from — the warehouse's WAW1, placed
 * like the warehouse places it at the road network's central point — then plans the day
 * ({@code zaplecze.routing.planning.demo.time-limit}, 20 s) and publishes the plan. Idempotent: vans are added by code, and a day that already
 * has a published plan is left alone.
 */
@Component
@Profile("demo")
class PlannerDemoDay implements DemoDay {

	private static final Logger log = LoggerFactory.getLogger(PlannerDemoDay.class);

	/*
	 * The demo fleet's prices, for a city distributor in Poland with 3.5 t vans (assumptions, 2026 prices,
	 * stated in the routing README): diesel about 11 l/100 km in town at about 6 zł/l plus tyres, service
	 * and wear ≈ 0.90 zł/km (a refrigeration unit adds ≈ 0.15 zł/km); a driver at about 6,500 zł gross a
	 * month plus the employer's contributions over 168 h ≈ 45 zł per paid hour, overtime at +50 % after
	 * 8 h (zaplecze.routing.planning.regular-shift, overtime-premium-percent); a van that goes out costs
	 * ≈ 120 zł for the day (lease, insurance and the daily check, about 2,500 zł a month over 21 days).
	 */
	static final long COST_PER_KM = 90;

	static final long COST_PER_KM_REEFER = 105;

	static final long COST_PER_HOUR = 4_500;

	static final long FIXED_COST = 12_000;

	private final FleetService fleet;

	private final DeliveryService deliveries;

	private final RoutePlanManagement planner;

	private final RoadNetworkManagement roadNetwork;

	private final PlanningProperties.Demo settings;

	PlannerDemoDay(FleetService fleet, DeliveryService deliveries, RoutePlanManagement planner,
			RoadNetworkManagement roadNetwork, PlanningProperties properties) {
		this.fleet = fleet;
		this.deliveries = deliveries;
		this.planner = planner;
		this.roadNetwork = roadNetwork;
		this.settings = properties.demo();
	}

	@Override
	public int order() {
		return 300;
	}

	@Override
	public void seed(LocalDate day) {
		if (this.planner.published(day).isPresent()) {
			log.info("Demo day {}: a plan is already published", day);
			return;
		}
		List<Delivery> arrived = awaitDeliveries(day);
		UUID depotId = arrived.stream().map(Delivery::depotId).filter(java.util.Objects::nonNull).findFirst().orElse(null);
		GeoPoint depot = this.roadNetwork.centralPoint(VehicleProfile.CAR);
		for (int i = 1; i <= this.settings.vans(); i++) {
			this.fleet.ensure(van(i, i <= this.settings.refrigeratedVans(), depotId, depot));
		}
		if (arrived.isEmpty()) {
			log.warn("Demo day {}: no deliveries arrived within {} s; nothing to plan", day, this.settings.waitForDeliveries().toSeconds());
			return;
		}
		UUID jobId = this.planner.requestPlan(day, this.settings.timeLimit());
		RoutePlanManagement.PlanningJobStatus job = awaitJob(jobId);
		if (!"SOLVED".equals(job.status()) || job.planId() == null || job.version() == null) {
			log.warn("Demo day {}: planning did not finish ({}: {})", day, job.status(), job.error());
			return;
		}
		try {
			this.planner.publish(job.planId(), job.version());
			log.info("Demo day {}: published plan {} v{} ({} deliveries, score {})", day, job.planId(), job.version(),
					arrived.size(), job.bestScore());
		}
		catch (PlanNotPublishable ex) {
			log.warn("Demo day {}: {}", day, ex.getMessage());
		}
	}

	private List<Delivery> awaitDeliveries(LocalDate day) {
		return DemoDay.awaitSettled(() -> this.deliveries.toDeliver(day), List::size, this.settings.waitForDeliveries(),
				this.settings.quietPeriod());
	}

	private RoutePlanManagement.PlanningJobStatus awaitJob(UUID jobId) {
		long deadline = System.nanoTime() + this.settings.timeLimit().plusSeconds(60).toNanos();
		RoutePlanManagement.PlanningJobStatus job = this.planner.job(jobId);
		while (!("SOLVED".equals(job.status()) || "FAILED".equals(job.status())) && System.nanoTime() < deadline) {
			sleep(500);
			job = this.planner.job(jobId);
		}
		return job;
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while seeding the demo day", ex);
		}
	}

	static FleetVehicle van(int n, boolean refrigerated, @Nullable UUID depotId, GeoPoint depot) {
		String code = String.format("VAN-%02d", n);
		UUID id = UUID.nameUUIDFromBytes(("demo-vehicle/" + code).getBytes(java.nio.charset.StandardCharsets.UTF_8));
		return new FleetVehicle(id, code, VehicleProfile.CAR, depotId, depot, LocalTime.of(7, 0), LocalTime.of(19, 0),
				1_200_000, 10_000_000, 6, refrigerated, 10 * 3600, LocalTime.of(11, 30), LocalTime.of(14, 0), 1800,
				refrigerated ? COST_PER_KM_REEFER : COST_PER_KM, COST_PER_HOUR, FIXED_COST, refrigerated ? 230 : 190,
				refrigerated, 1200, true);
	}

}
