package io.zaplecze.routing.plan;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import io.zaplecze.platform.GeoPoint;
import io.zaplecze.platform.TimeWindow;
import io.zaplecze.routing.DeliveryRequested;
import io.zaplecze.routing.NetworkArea;
import io.zaplecze.routing.RoadNetworkManagement;
import io.zaplecze.routing.RoutePlanManagement;
import io.zaplecze.routing.RoutePlanPublished;
import io.zaplecze.routing.VehicleProfile;
import io.zaplecze.routing.delivery.DeliveryService;
import io.zaplecze.routing.fleet.FleetService;
import io.zaplecze.testsupport.RealServices;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo day's planning, run as the demo runs it ({@link PlannerDemoDay#seed}: wait for the
 * deliveries, add the eight vans, plan, publish), on several days drawn like the warehouse's demo day
 * draws them (87 customers on the generated town, a third open all day, the others a 2–4 h window
 * between 08:00 and 18:00, a fifth chilled). Every stop is deliverable, so every one must be planned,
 * every time: an empty or partial plan (the defect once seen in a demo) fails here.
 */
@ApplicationModuleTest(extraIncludes = "platform")
@RealServices
@TestPropertySource(properties = { "zaplecze.routing.graph-cache-dir=${java.io.tmpdir}/zaplecze-planner-module-tests",
		"zaplecze.routing.planning.threads=2", "zaplecze.routing.planning.poll-interval=200ms",
		"zaplecze.routing.planning.demo.time-limit=4s", "zaplecze.routing.planning.demo.quiet-period=1s",
		"zaplecze.routing.planning.demo.wait-for-deliveries=30s" })
class DemoDayPlanningTests {

	private static final ZoneId ZONE = ZoneId.of("Europe/Warsaw");

	private static final int CUSTOMERS = 87;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	DeliveryService deliveries;

	@Autowired
	FleetService fleet;

	@Autowired
	RoadNetworkManagement roadNetwork;

	@Autowired
	RoutePlanManagement planner;

	@Autowired
	PlanningProperties properties;

	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 3 })
	void plansEveryDeliverableStopEveryTime(int seed) {
		LocalDate day = LocalDate.of(2032, 1, 1).plusDays(seed);
		List<DeliveryRequested> requests = demoDeliveries(day, seed);
		this.transactions.executeWithoutResult(tx -> requests.forEach(this.events::publishEvent));

		new PlannerDemoDay(this.fleet, this.deliveries, this.planner, this.roadNetwork, this.properties).seed(day);

		RoutePlanPublished plan = this.planner.published(day).orElseThrow();
		assertThat(plan.routes().stream().mapToInt(r -> r.stops().size()).sum()).as("stops planned on day %s", day)
			.isEqualTo(CUSTOMERS);
		assertThat(plan.routes().size()).as("vans used").isGreaterThan(1);
	}

	private List<DeliveryRequested> demoDeliveries(LocalDate day, int seed) {
		Random random = new Random(seed);
		NetworkArea area = this.roadNetwork.area();
		List<DeliveryRequested> result = new ArrayList<>();
		while (result.size() < CUSTOMERS) {
			double lat = area.minLat() + random.nextDouble() * (area.maxLat() - area.minLat());
			double lon = area.minLon() + random.nextDouble() * (area.maxLon() - area.minLon());
			GeoPoint p;
			try {
				p = this.roadNetwork.snap(new GeoPoint(lat, lon), VehicleProfile.CAR);
			}
			catch (RuntimeException offRoad) {
				continue;
			}
			int i = result.size();
			boolean cold = random.nextInt(5) == 0;
			result.add(new DeliveryRequested(UUID.randomUUID(), "DEMO-" + seed + "-" + i, "Customer " + i, "Street " + i, p,
					day, List.of(window(day, random)), 300 + 60 * random.nextInt(10), 5_000 + random.nextInt(60_000),
					20_000 + random.nextInt(200_000), random.nextInt(8) == 0 ? 1 : 0, cold, 3 + random.nextInt(6), null));
		}
		return result;
	}

	/** As the warehouse's demo day: a third all day, the others 2–4 h starting on the half hour. */
	private static TimeWindow window(LocalDate day, Random random) {
		ZonedDateTime open = ZonedDateTime.of(day, LocalTime.of(8, 0), ZONE);
		ZonedDateTime close = ZonedDateTime.of(day, LocalTime.of(18, 0), ZONE);
		if (random.nextInt(3) == 0) {
			return new TimeWindow(open.toInstant(), close.toInstant());
		}
		ZonedDateTime start = open.plusMinutes(30L * random.nextInt(15));
		ZonedDateTime end = start.plusHours(2 + random.nextInt(3));
		return new TimeWindow(start.toInstant(), (end.isAfter(close) ? close : end).toInstant());
	}

}
