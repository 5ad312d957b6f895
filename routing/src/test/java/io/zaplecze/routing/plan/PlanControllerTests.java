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
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import io.zaplecze.platform.GeoPoint;
import io.zaplecze.platform.ProblemDetailsAdvice;
import io.zaplecze.platform.TimeWindow;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Status codes, problem details and the published-plan contract of the plans API. */
@WebMvcTest(PlanController.class)
@Import(ProblemDetailsAdvice.class)
class PlanControllerTests {

	private static final LocalDate DAY = LocalDate.of(2031, 3, 4);

	@Autowired
	MockMvc mvc;

	@MockitoBean
	PlanningService planning;

	@MockitoBean
	PublishService publishing;

	@MockitoBean
	ProgressStreams progress;

	private static PlanningJob queued(UUID id) {
		return new PlanningJob(id, DAY, "PLAN", "QUEUED", 20, "{}", Instant.parse("2031-03-03T20:00:00Z"), null, null,
				false, null, null, null, null);
	}

	private static PlanRepository.Version published() {
		GeoPoint depot = new GeoPoint(52.2, 21.0);
		GeoPoint stop = new GeoPoint(52.21, 21.01);
		Instant t = Instant.parse("2031-03-04T07:00:00Z");
		PlanContent.PlannedStop s = new PlanContent.PlannedStop(UUID.randomUUID(), UUID.randomUUID(), "ORD-1", 1, stop,
				t.plusSeconds(600), t.plusSeconds(900), 300, List.of(new TimeWindow(t, t.plusSeconds(7200))), 0, "PLANNED");
		PlanContent.LineGeometry line = PlanContent.LineGeometry.of(List.of(depot, stop));
		PlanContent.Leg out = new PlanContent.Leg(0, 1, 1500, 600, line, List.of(0.0, 600.0));
		PlanContent.Leg back = new PlanContent.Leg(1, 2, 1500, 600, line, List.of(0.0, 600.0));
		PlanContent.PlannedRoute route = new PlanContent.PlannedRoute(UUID.randomUUID(), "VAN-01", true,
				UUID.randomUUID(), depot, t, t.plusSeconds(1500), 3000, 1200, 600, List.of(s), List.of(out, back));
		PlanContent content = new PlanContent(DAY, "0hard/0medium/-300soft", true, List.of(route), List.of(), List.of(),
				new PlanContent.Totals(1, 1, 3000, 1200, 600));
		return new PlanRepository.Version(UUID.randomUUID(), 3, DAY, UUID.randomUUID(), "PUBLISHED", content.score(),
				content, t.minusSeconds(3600), t.minusSeconds(1800));
	}

	@Test
	void queuesAPlanWith202AndTheJobLocation() throws Exception {
		UUID id = UUID.randomUUID();
		given(this.planning.plan(eq(DAY), any(), eq("key-1"))).willReturn(queued(id));
		this.mvc.perform(post("/api/v1/routing/plans/jobs").header("Idempotency-Key", "key-1")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"date\":\"2031-03-04\",\"timeLimitSeconds\":20}"))
			.andExpect(status().isAccepted())
			.andExpect(header().string("Location", "/api/v1/routing/plans/jobs/" + id))
			.andExpect(jsonPath("$.status").value("QUEUED"))
			.andExpect(jsonPath("$.progress").value("/api/v1/routing/plans/jobs/" + id + "/progress"));
	}

	@Test
	void refusesABadTimeLimitOrAMissingDate() throws Exception {
		this.mvc.perform(post("/api/v1/routing/plans/jobs").contentType(MediaType.APPLICATION_JSON)
			.content("{\"date\":\"2031-03-04\",\"timeLimitSeconds\":0}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("timeLimitSeconds"));
		this.mvc.perform(post("/api/v1/routing/plans/jobs").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isBadRequest());
		verifyNoInteractions(this.planning);
	}

	@Test
	void aReusedIdempotencyKeyIsAConflict() throws Exception {
		given(this.planning.plan(any(), any(), eq("key-2"))).willThrow(new IdempotencyKeyReused("key-2"));
		this.mvc.perform(post("/api/v1/routing/plans/jobs").header("Idempotency-Key", "key-2")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"date\":\"2031-03-05\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("idempotency-key-reused"));
	}

	@Test
	void anUnknownJobIsNotFound() throws Exception {
		UUID id = UUID.randomUUID();
		given(this.planning.job(id)).willThrow(new PlanningJobNotFound(id));
		this.mvc.perform(get("/api/v1/routing/plans/jobs/" + id)).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/routing/plans/jobs/" + id + "/progress")).andExpect(status().isNotFound());
	}

	@Test
	void stoppingAJobIsAccepted() throws Exception {
		UUID id = UUID.randomUUID();
		given(this.planning.stop(id)).willReturn(queued(id));
		this.mvc.perform(post("/api/v1/routing/plans/jobs/" + id + "/stop")).andExpect(status().isAccepted());
	}

	@Test
	void servesThePublishedPlanAsTheContractSays() throws Exception {
		PlanRepository.Version v = published();
		given(this.publishing.published(DAY)).willReturn(Optional.of(v));
		this.mvc.perform(get("/api/v1/routing/plans/published?date=2031-03-04"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.planId").value(v.planId().toString()))
			.andExpect(jsonPath("$.version").value(3))
			.andExpect(jsonPath("$.date").value("2031-03-04"))
			.andExpect(jsonPath("$.publishedAt").value("2031-03-04T06:30:00Z"))
			.andExpect(jsonPath("$.routes[0].vehicleId").value("VAN-01"))
			.andExpect(jsonPath("$.routes[0].depot.lat").value(52.2))
			.andExpect(jsonPath("$.routes[0].co2Grams").value(600))
			.andExpect(jsonPath("$.routes[0].stops[0].sequence").value(1))
			.andExpect(jsonPath("$.routes[0].stops[0].timeWindows[0].start").value("2031-03-04T07:00:00Z"))
			.andExpect(jsonPath("$.routes[0].stops[0].orderNumber").doesNotExist())
			.andExpect(jsonPath("$.routes[0].legs[1].toSequence").value(2))
			.andExpect(jsonPath("$.routes[0].legs[0].geometry.type").value("LineString"))
			.andExpect(jsonPath("$.routes[0].legs[0].geometry.coordinates[1][0]").value(21.01))
			.andExpect(jsonPath("$.routes[0].legs[0].pointSeconds[1]").value(600.0));
	}

	@Test
	void nothingPublishedIsNotFound() throws Exception {
		given(this.publishing.published(DAY)).willReturn(Optional.empty());
		this.mvc.perform(get("/api/v1/routing/plans/published?date=2031-03-04"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("nothing-published"));
	}

	@Test
	void anInfeasibleVersionIsNotPublishable() throws Exception {
		given(this.publishing.publish(any(), anyInt(), anyBoolean()))
			.willThrow(new PlanNotPublishable("Version 2 breaks hard rules"));
		this.mvc.perform(post("/api/v1/routing/plans/" + UUID.randomUUID() + "/versions/2/publish"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("plan-not-publishable"));
	}

	@Test
	void replanningWithoutAPublishedPlanIsAConflict() throws Exception {
		UUID plan = UUID.randomUUID();
		given(this.planning.replan(eq(plan), any(), anyList(), any(), any())).willThrow(new NoPublishedPlan(plan));
		this.mvc.perform(post("/api/v1/routing/plans/" + plan + "/replan").contentType(MediaType.APPLICATION_JSON)
			.content("{\"vehiclesOut\":[\"VAN-02\"]}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("no-published-plan"));
	}

	@Test
	void refusesAPinWithAnInvalidVehicleCode() throws Exception {
		this.mvc.perform(post("/api/v1/routing/plans/" + UUID.randomUUID() + "/pins").contentType(MediaType.APPLICATION_JSON)
			.content("{\"shipmentId\":\"" + UUID.randomUUID() + "\",\"vehicleId\":\"no spaces\"}"))
			.andExpect(status().isBadRequest());
		verifyNoInteractions(this.planning);
	}

}
