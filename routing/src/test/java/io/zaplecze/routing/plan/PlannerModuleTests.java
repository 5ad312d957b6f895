package io.zaplecze.routing.plan;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import io.zaplecze.platform.GeoPoint;
import io.zaplecze.platform.TimeWindow;
import io.zaplecze.routing.DeliveryCancelled;
import io.zaplecze.routing.DeliveryReadyAt;
import io.zaplecze.routing.DeliveryRequested;
import io.zaplecze.routing.NetworkArea;
import io.zaplecze.routing.RoadNetworkManagement;
import io.zaplecze.routing.RoutePlanManagement;
import io.zaplecze.routing.RoutePlanPublished;
import io.zaplecze.routing.VehicleProfile;
import io.zaplecze.routing.delivery.DeliveryService;
import io.zaplecze.routing.fleet.FleetService;
import io.zaplecze.routing.fleet.FleetVehicle;
import io.zaplecze.testsupport.RealServices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;

/**
 * The route planner end to end on a fresh PostGIS database and the generated demo town: deliveries
 * arrive as events, a job is queued and solved by the worker, the version is published (raising
 * {@link RoutePlanPublished}) and served as the contract says, then re-planned with a vehicle out.
 */
@ApplicationModuleTest(extraIncludes = "platform")
@AutoConfigureMockMvc
@RealServices
@TestPropertySource(properties = { "zaplecze.routing.graph-cache-dir=${java.io.tmpdir}/zaplecze-planner-module-tests",
		"zaplecze.routing.planning.threads=2", "zaplecze.routing.planning.poll-interval=200ms",
		"zaplecze.routing.planning.demo.time-limit=2s", "zaplecze.routing.planning.demo.quiet-period=300ms",
		"zaplecze.routing.planning.demo.wait-for-deliveries=10s" })
class PlannerModuleTests {

	private static final ZoneId ZONE = ZoneId.of("Europe/Warsaw");

	@Autowired
	MockMvc mvc;

	@Autowired
	PlanningService planning;

	@Autowired
	PublishService publishing;

	@Autowired
	DeliveryService deliveries;

	@Autowired
	FleetService fleet;

	@Autowired
	RoadNetworkManagement roadNetwork;

	@Autowired
	PlanningJobRepository jobs;

	@Autowired
	RoutePlanManagement planner;

	@Autowired
	PlanningProperties properties;

	@Test
	void theDemoDayPlansAndPublishesOnce(Scenario scenario) {
		LocalDate date = LocalDate.of(2031, 6, 7);
		List<DeliveryRequested> requests = requests(date, 12, 5);
		for (DeliveryRequested r : requests) {
			scenario.publish(r).andWaitForStateChange(() -> known(date, r.shipmentId()), Boolean::booleanValue);
		}
		PlannerDemoDay demo = new PlannerDemoDay(this.fleet, this.deliveries, this.planner, this.roadNetwork,
				this.properties);
		demo.seed(date);
		RoutePlanPublished first = this.planner.published(date).orElseThrow();
		demo.seed(date);
		assertThat(this.planner.published(date).orElseThrow().version()).isEqualTo(first.version());
		assertThat(this.fleet.list()).extracting(FleetVehicle::code).contains("VAN-01", "VAN-08");
		assertThat(this.fleet.list().stream().filter(FleetVehicle::refrigerated).count()).isGreaterThanOrEqualTo(3);
		assertThat(first.routes().stream().mapToInt(r -> r.stops().size()).sum()).isEqualTo(12);
		assertThat(demo.order()).isEqualTo(300);
	}

	@Test
	void plansPublishesAndReplansADay(Scenario scenario) throws Exception {
		LocalDate date = LocalDate.of(2031, 3, 4);
		GeoPoint depot = this.roadNetwork.snap(this.roadNetwork.area().center(), VehicleProfile.CAR);
		for (int i = 1; i <= 3; i++) {
			this.fleet.ensure(PlannerDemoDay.van(i, i == 1, null, depot));
		}
		List<DeliveryRequested> requests = requests(date, 24, 11);
		for (DeliveryRequested r : requests) {
			scenario.publish(r).andWaitForStateChange(() -> known(date, r.shipmentId()), Boolean::booleanValue);
		}
		// Redelivered events change nothing; a cancellation takes one delivery out.
		scenario.publish(requests.get(0)).andWaitForStateChange(() -> this.deliveries.forDate(date).size(), n -> n == 24);
		UUID cancelled = requests.get(1).shipmentId();
		scenario.publish(new DeliveryCancelled(cancelled, "customer cancelled"))
			.andWaitForStateChange(() -> this.deliveries.toDeliver(date).size(), n -> n == 23);
		scenario.publish(new DeliveryRequested(cancelled, "X", "X", "X", requests.get(1).location(), date,
				requests.get(1).timeWindows(), 60, 1, 1, 0, false, 5, null))
			.andWaitForStateChange(() -> this.deliveries.get(cancelled).orderNumber(), n -> n.equals("X"));
		assertThat(this.deliveries.toDeliver(date)).hasSize(23);
		Instant ready = date.atTime(LocalTime.of(9, 0)).atZone(ZONE).toInstant();
		scenario.publish(new DeliveryReadyAt(requests.get(2).shipmentId(), ready))
			.andWaitForStateChange(() -> this.deliveries.get(requests.get(2).shipmentId()).readyAt());

		PlanningJob job = this.planning.plan(date, Duration.ofSeconds(3), "plan-" + date);
		assertThat(this.planning.plan(date, Duration.ofSeconds(3), "plan-" + date).id()).isEqualTo(job.id());
		PlanningJob solved = awaitSolved(scenario, job.id());
		assertThat(this.planning.progress(job.id(), 0)).isNotEmpty();
		// The progress stream replays the best score over time, then the finished job, then closes.
		MvcResult stream = this.mvc.perform(get("/api/v1/routing/plans/jobs/" + job.id() + "/progress"))
			.andExpect(request().asyncStarted())
			.andReturn();
		stream.getAsyncResult(10_000);
		String events = stream.getResponse().getContentAsString();
		assertThat(events).contains("event:progress").contains("\"score\"").contains("event:status").contains("SOLVED");

		PlanRepository.Version draft = this.publishing.version(solved.planId(), solved.planVersion());
		PlanContent content = draft.content();
		assertThat(content.feasible()).isTrue();
		assertThat(content.totals().stops() + content.unassigned().size()).isEqualTo(23);
		assertThat(content.unassigned()).allSatisfy(u -> assertThat(u.reason()).isNotBlank());
		assertThat(content.routes()).allSatisfy(route -> {
			assertThat(route.legs()).hasSize(route.stops().size() + 1);
			assertThat(route.legs().getLast().toSequence()).isEqualTo(route.stops().size() + 1);
			assertThat(route.legs()).allSatisfy(leg -> assertThat(leg.pointSeconds()).hasSameSizeAs(leg.geometry().coordinates()));
			assertThat(route.co2Grams()).isPositive();
			assertThat(route.distanceMeters()).isEqualTo(route.legs().stream().mapToLong(PlanContent.Leg::distanceMeters).sum());
			// The route's cost part by part, in the demo van's prices.
			PlanContent.RouteCost cost = route.cost();
			assertThat(cost.fixedCents()).isEqualTo(PlannerDemoDay.FIXED_COST);
			assertThat(cost.distanceCents()).isPositive();
			assertThat(cost.driverTimeCents()).isGreaterThanOrEqualTo(
					PlannerDemoDay.COST_PER_HOUR * java.time.Duration.between(route.departure(), route.returnAt()).toSeconds() / 3600);
			assertThat(cost.totalCents()).isEqualTo(cost.distanceCents() + cost.driverTimeCents() + cost.fixedCents());
		});
		assertThat(content.totals().costCents())
			.isEqualTo(content.routes().stream().mapToLong(r -> r.cost().totalCents()).sum());
		PlanContent.PlannedStop readyLater = content.routes()
			.stream()
			.flatMap(r -> r.stops().stream())
			.filter(s -> s.shipmentId().equals(requests.get(2).shipmentId()))
			.findFirst()
			.orElseThrow();
		PlanContent.PlannedRoute readyRoute = content.routes()
			.stream()
			.filter(r -> r.stops().contains(readyLater))
			.findFirst()
			.orElseThrow();
		assertThat(readyRoute.departure()).isAfterOrEqualTo(ready);
		assertThat(content.explanation()).extracting(PlanContent.ConstraintExplanation::constraint)
			.contains("travelCost");

		scenario.stimulate(() -> this.publishing.publish(solved.planId(), solved.planVersion(), false))
			.andWaitForEventOfType(RoutePlanPublished.class)
			.matching(e -> e.date().equals(date))
			.toArriveAndVerify(e -> {
				assertThat(e.version()).isEqualTo(solved.planVersion());
				assertThat(e.routes()).hasSize(content.routes().size());
			});
		PublishedPlanView view = PublishedPlanView.of(this.publishing.published(date).orElseThrow());
		assertThat(view.routes()).isNotEmpty();
		// Publishing the same version again raises nothing new and changes nothing.
		assertThat(this.publishing.publish(solved.planId(), solved.planVersion(), false).publishedAt())
			.isEqualTo(view.publishedAt());

		// Mid-morning VAN-02 breaks down: its stops go to the others.
		String broken = "VAN-02";
		Instant at = view.routes().getFirst().departure().plus(Duration.ofMinutes(40));
		PlanningJob replan = this.planning.replan(solved.planId(), Duration.ofSeconds(2), List.of(broken), at, null);
		PlanningJob replanned = awaitSolved(scenario, replan.id());
		PlanContent after = this.publishing.version(replanned.planId(), replanned.planVersion()).content();
		assertThat(replanned.planVersion()).isGreaterThan(solved.planVersion());
		// The broken van keeps only what it delivered before breaking down.
		PlanContent.PlannedRoute brokenRoute = after.route(broken);
		if (brokenRoute != null) {
			assertThat(brokenRoute.stops()).allSatisfy(s -> assertThat(s.status()).isEqualTo("DONE"));
		}
		assertThat(after.totals().stops() + after.unassigned().size()).isEqualTo(23);
		// Stops already done before the re-plan keep their place and times.
		after.routes().forEach(route -> {
			PlanContent.PlannedRoute before = content.route(route.vehicleId());
			route.stops().stream().filter(s -> s.status().equals("DONE")).forEach(done -> {
				PlanContent.PlannedStop original = before.stops().stream()
					.filter(s -> s.shipmentId().equals(done.shipmentId()))
					.findFirst()
					.orElseThrow();
				assertThat(done.plannedArrival()).isEqualTo(original.plannedArrival());
				assertThat(original.plannedDeparture()).isBeforeOrEqualTo(at);
			});
		});
	}

	@Test
	void aClaimedJobIsNotClaimedTwiceAndAStaleOneIsQueuedAgain() {
		UUID id = UUID.randomUUID();
		this.jobs.insert(new PlanningJob(id, LocalDate.of(2031, 5, 5), "PLAN", "QUEUED", 1, "{}",
				Instant.parse("2000-01-01T00:00:00Z"), null, null, false, null, null, null, null), null);
		// The instance's own worker may claim it first: either way it is claimed exactly once.
		var first = this.jobs.claim("test-instance", Instant.now());
		var second = this.jobs.claim("other-instance", Instant.now());
		assertThat(first.isPresent() && second.isPresent() && first.get().id().equals(second.get().id())).isFalse();
	}

	private boolean known(LocalDate date, UUID shipmentId) {
		return this.deliveries.forDate(date).stream().anyMatch(d -> d.shipmentId().equals(shipmentId));
	}

	private PlanningJob awaitSolved(Scenario scenario, UUID jobId) {
		scenario.stimulate(() -> {
		})
			.andWaitAtMost(Duration.ofSeconds(60))
			.andWaitForStateChange(() -> this.planning.job(jobId), PlanningJob::finished)
			.andVerify(j -> assertThat(j.status()).as(String.valueOf(j.error())).isEqualTo("SOLVED"));
		return this.planning.job(jobId);
	}

	private List<DeliveryRequested> requests(LocalDate date, int n, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		NetworkArea area = this.roadNetwork.area();
		List<DeliveryRequested> result = new ArrayList<>();
		while (result.size() < n) {
			double lat = area.minLat() + 0.15 * (area.maxLat() - area.minLat()) + random.nextDouble() * 0.7 * (area.maxLat() - area.minLat());
			double lon = area.minLon() + 0.15 * (area.maxLon() - area.minLon()) + random.nextDouble() * 0.7 * (area.maxLon() - area.minLon());
			GeoPoint p;
			try {
				p = this.roadNetwork.snap(new GeoPoint(lat, lon), VehicleProfile.CAR);
			}
			catch (RuntimeException offRoad) {
				continue;
			}
			int startHour = 8 + random.nextInt(6);
			TimeWindow window = new TimeWindow(date.atTime(startHour, 0).atZone(ZONE).toInstant(),
					date.atTime(startHour + 4, 0).atZone(ZONE).toInstant());
			int i = result.size();
			result.add(new DeliveryRequested(UUID.randomUUID(), "ORD-" + i, "Customer " + i, "Street " + i, p, date,
					List.of(window), 300, 20_000 + random.nextInt(80_000), 100_000, 0, i % 5 == 0, 1 + random.nextInt(10),
					null));
		}
		return result;
	}

}
