package io.zaplecze.routing.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import io.zaplecze.platform.GeoPoint;
import io.zaplecze.platform.ProblemDetailsAdvice;
import io.zaplecze.platform.TimeWindow;
import io.zaplecze.routing.DriverAssignments;
import io.zaplecze.routing.DriverAssignments.DriverAssignment;
import io.zaplecze.routing.PlanAudience;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A driver reads the published plan and gets only the route of the vehicle assigned to them that day. */
@WebMvcTest(PlanController.class)
@Import(ProblemDetailsAdvice.class)
class PublishedPlanForDriverTests {

	private static final LocalDate DAY = LocalDate.of(2031, 3, 4);

	@Autowired
	MockMvc mvc;

	@MockitoBean
	PlanningService planning;

	@MockitoBean
	PublishService publishing;

	@MockitoBean
	ProgressStreams progress;

	@MockitoBean
	PlanAudience audience;

	@MockitoBean
	DriverAssignments assignments;

	@Test
	void aDriverSeesOnlyTheRouteOfTheVehicleAssignedToThem() throws Exception {
		given(this.publishing.published(DAY)).willReturn(Optional.of(twoRoutes()));
		given(this.audience.driverOnly()).willReturn(Optional.of("jan"));
		given(this.assignments.of(DAY, "jan")).willReturn(Optional
			.of(new DriverAssignment(DAY, "jan", UUID.randomUUID(), "VAN-02", Instant.parse("2031-03-04T05:00:00Z"))));
		this.mvc.perform(get("/api/v1/routing/plans/published?date=2031-03-04"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.routes.length()").value(1))
			.andExpect(jsonPath("$.routes[0].vehicleId").value("VAN-02"))
			.andExpect(jsonPath("$.routes[0].stops[0].shipmentId").exists());
	}

	@Test
	void aDriverWithoutAnAssignmentThatDaySeesNoRoute() throws Exception {
		given(this.publishing.published(DAY)).willReturn(Optional.of(twoRoutes()));
		given(this.audience.driverOnly()).willReturn(Optional.of("jan"));
		given(this.assignments.of(DAY, "jan")).willReturn(Optional.empty());
		this.mvc.perform(get("/api/v1/routing/plans/published?date=2031-03-04"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("no-driver-assignment"));
	}

	@Test
	void staffSeeEveryRoute() throws Exception {
		given(this.publishing.published(DAY)).willReturn(Optional.of(twoRoutes()));
		given(this.audience.driverOnly()).willReturn(Optional.empty());
		this.mvc.perform(get("/api/v1/routing/plans/published?date=2031-03-04"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.routes.length()").value(2));
	}

	private static PlanRepository.Version twoRoutes() {
		GeoPoint depot = new GeoPoint(52.2, 21.0);
		Instant t = Instant.parse("2031-03-04T07:00:00Z");
		PlanContent.PlannedRoute van1 = route("VAN-01", depot, new GeoPoint(52.21, 21.01), t);
		PlanContent.PlannedRoute van2 = route("VAN-02", depot, new GeoPoint(52.19, 20.99), t);
		PlanContent content = new PlanContent(DAY, "0hard/0medium/-600soft", true, List.of(van1, van2), List.of(),
				List.of(), new PlanContent.Totals(2, 2, 6000, 2400, 1200));
		return new PlanRepository.Version(UUID.randomUUID(), 3, DAY, UUID.randomUUID(), "PUBLISHED", content.score(),
				content, t.minusSeconds(3600), t.minusSeconds(1800));
	}

	private static PlanContent.PlannedRoute route(String vehicle, GeoPoint depot, GeoPoint stop, Instant t) {
		PlanContent.PlannedStop s = new PlanContent.PlannedStop(UUID.randomUUID(), UUID.randomUUID(), "ORD-" + vehicle,
				1, stop, t.plusSeconds(600), t.plusSeconds(900), 300, List.of(new TimeWindow(t, t.plusSeconds(7200))), 0,
				"PLANNED");
		PlanContent.LineGeometry line = PlanContent.LineGeometry.of(List.of(depot, stop));
		PlanContent.Leg out = new PlanContent.Leg(0, 1, 1500, 600, line, List.of(0.0, 600.0));
		PlanContent.Leg back = new PlanContent.Leg(1, 2, 1500, 600, line, List.of(0.0, 600.0));
		return new PlanContent.PlannedRoute(UUID.randomUUID(), vehicle, true, UUID.randomUUID(), depot, t,
				t.plusSeconds(1500), 3000, 1200, 600, List.of(s), List.of(out, back));
	}

}
