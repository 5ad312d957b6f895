package io.zaplecze.routing.fleet;

import java.time.LocalTime;
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
import io.zaplecze.routing.VehicleProfile;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Status codes and problem details of the fleet API. */
@WebMvcTest(FleetController.class)
@Import(ProblemDetailsAdvice.class)
class FleetControllerTests {

	private static final String VAN = """
			{"code":"VAN-01","depot":{"lat":52.2,"lon":21.0},"shiftStart":"07:00","shiftEnd":"17:00",
			 "capacityGrams":1200000,"capacityCm3":10000000,"capacityPallets":6,"refrigerated":true,
			 "breakStart":"11:30","breakEnd":"14:00","breakSeconds":1800,"costPerKmCents":60,
			 "costPerHourCents":2500,"fixedCostCents":5000,"co2GramsPerKm":200,"multiTrip":false,"reloadSeconds":0}
			""";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	FleetService fleet;

	private static FleetVehicle vehicle(UUID id) {
		return new FleetVehicle(id, "VAN-01", VehicleProfile.CAR, null, new GeoPoint(52.2, 21.0), LocalTime.of(7, 0),
				LocalTime.of(17, 0), 1_200_000, 10_000_000, 6, true, null, LocalTime.of(11, 30), LocalTime.of(14, 0), 1800,
				60, 2500, 5000, 200, false, 0, true);
	}

	@Test
	void createsAVehicleWith201AndItsLocation() throws Exception {
		UUID id = UUID.randomUUID();
		given(this.fleet.create(any())).willReturn(vehicle(id));
		this.mvc.perform(post("/api/v1/routing/vehicles").contentType(MediaType.APPLICATION_JSON).content(VAN))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/routing/vehicles/" + id))
			.andExpect(jsonPath("$.code").value("VAN-01"))
			.andExpect(jsonPath("$.profile").value("CAR"));
	}

	@Test
	void refusesAShiftThatEndsBeforeItStartsWithAProblemDetail() throws Exception {
		String bad = VAN.replace("\"shiftEnd\":\"17:00\"", "\"shiftEnd\":\"06:00\"");
		this.mvc.perform(post("/api/v1/routing/vehicles").contentType(MediaType.APPLICATION_JSON).content(bad))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://zaplecze.io/problems/validation"))
			.andExpect(jsonPath("$.errors[0].field").value("shiftOrdered"));
		verifyNoInteractions(this.fleet);
	}

	@Test
	void refusesAnInvalidCodeAndAHalfDefinedBreak() throws Exception {
		String bad = VAN.replace("VAN-01", "van 01!").replace("\"breakSeconds\":1800", "\"breakSeconds\":0");
		this.mvc.perform(post("/api/v1/routing/vehicles").contentType(MediaType.APPLICATION_JSON).content(bad))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(2));
		verifyNoInteractions(this.fleet);
	}

	@Test
	void aTakenCodeIsAConflict() throws Exception {
		given(this.fleet.create(any())).willThrow(new VehicleCodeTaken("VAN-01"));
		this.mvc.perform(post("/api/v1/routing/vehicles").contentType(MediaType.APPLICATION_JSON).content(VAN))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("vehicle-code-taken"));
	}

	@Test
	void anUnknownVehicleIsNotFound() throws Exception {
		UUID id = UUID.randomUUID();
		given(this.fleet.get(id)).willThrow(new VehicleNotFound(id.toString()));
		given(this.fleet.replace(eq(id), any())).willThrow(new VehicleNotFound(id.toString()));
		this.mvc.perform(get("/api/v1/routing/vehicles/" + id)).andExpect(status().isNotFound());
		this.mvc.perform(put("/api/v1/routing/vehicles/" + id).contentType(MediaType.APPLICATION_JSON).content(VAN))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("vehicle-not-found"));
	}

	@Test
	void deletesWith204() throws Exception {
		this.mvc.perform(delete("/api/v1/routing/vehicles/" + UUID.randomUUID())).andExpect(status().isNoContent());
	}

}
