package io.zaplecze.routing.plan;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import io.zaplecze.platform.ProblemDetailsAdvice;
import io.zaplecze.routing.delivery.DeliveryService;
import io.zaplecze.routing.fleet.FleetService;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The figures endpoint: its JSON, the configured CO2 default, 404 for an unknown version. */
@WebMvcTest(PlanFiguresController.class)
@Import({ ProblemDetailsAdvice.class, PlanFiguresControllerTests.Props.class })
@TestPropertySource(properties = { "zaplecze.routing.emissions.default-grams-per-km=300",
		"zaplecze.routing.planning.zone=UTC" })
class PlanFiguresControllerTests {

	@org.springframework.boot.context.properties.EnableConfigurationProperties(PlanningProperties.class)
	static class Props {

	}

	@Autowired
	MockMvc mvc;

	@MockitoBean
	PublishService publishing;

	@MockitoBean
	DeliveryService deliveries;

	@MockitoBean
	FleetService fleet;

	@Test
	void answersTheFiguresOfAVersion() throws Exception {
		PlanFiguresTests t = new PlanFiguresTests();
		PlanContent content = t.content();
		UUID planId = UUID.randomUUID();
		given(this.publishing.version(planId, 2)).willReturn(new PlanRepository.Version(planId, 2, PlanFiguresTests.DAY,
				UUID.randomUUID(), "DRAFT", content.score(), content, Instant.now(), null));
		given(this.deliveries.forDate(PlanFiguresTests.DAY)).willReturn(List.copyOf(t.deliveries().values()));
		given(this.fleet.list()).willReturn(List.of(PlanFiguresTests.van(0)));
		this.mvc.perform(get("/api/v1/routing/plans/{p}/versions/2/figures", planId))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.routes[0].vehicleId").value("VAN-01"))
			.andExpect(jsonPath("$.routes[0].breakSeconds").value(1800))
			.andExpect(jsonPath("$.routes[0].load[0].percent").value(80.0))
			.andExpect(jsonPath("$.routes[0].co2GramsPerKm").value(300))
			.andExpect(jsonPath("$.routes[0].co2Grams").value(6000))
			.andExpect(jsonPath("$.routes[0].stops[2].lateSeconds").value(1500))
			.andExpect(jsonPath("$.totals.lateStops").value(1));
	}

	@Test
	void anUnknownVersionIsA404Problem() throws Exception {
		UUID planId = UUID.randomUUID();
		given(this.publishing.version(planId, 9)).willThrow(new PlanNotFound(planId + " version 9"));
		this.mvc.perform(get("/api/v1/routing/plans/{p}/versions/9/figures", planId))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
	}

}
