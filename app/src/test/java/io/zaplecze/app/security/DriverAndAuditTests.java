package io.zaplecze.app.security;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Drivers on vehicles: set by a dispatcher, read by the driver, refused to the driver; who did it is
 * in the audit trail, which only an admin reads. The audit trail also records stock adjustments and
 * scraps with the warehouse user who made them.
 */
class DriverAndAuditTests extends SecuredApplicationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void aDispatcherAssignsADriverWhoReadsItButCannotChangeItAndTheAdminSeesWhoDidIt() throws Exception {
		String code = "DRV-" + UUID.randomUUID().toString().substring(0, 6);
		String created = this.mvc.perform(post("/api/v1/routing/vehicles").with(user("dora").roles("DISPATCHER"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"code":"%s","depot":{"lat":52.2,"lon":21.0},"shiftStart":"07:00","shiftEnd":"17:00",
					 "capacityGrams":1200000,"capacityCm3":10000000,"capacityPallets":6,"refrigerated":false,
					 "breakSeconds":0,"costPerKmCents":60,"costPerHourCents":2500,"fixedCostCents":5000,
					 "co2GramsPerKm":200,"multiTrip":false,"reloadSeconds":0}""".formatted(code)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String vehicleId = JSON.readTree(created).get("id").asString();
		String driver = "jan-" + code.toLowerCase(java.util.Locale.ROOT);

		this.mvc.perform(put("/api/v1/routing/assignments/2026-12-04/" + driver).with(user(driver).roles("DRIVER"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"vehicleId\":\"" + vehicleId + "\"}")).andExpect(status().isForbidden());
		this.mvc.perform(put("/api/v1/routing/assignments/2026-12-04/" + driver).with(user("dora").roles("DISPATCHER"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"vehicleId\":\"" + vehicleId + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.vehicleCode").value(code));
		this.mvc.perform(put("/api/v1/routing/assignments/2026-12-04/someone-else").with(user("dora").roles("DISPATCHER"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"vehicleId\":\"" + vehicleId + "\"}"))
			.andExpect(status().isConflict());

		this.mvc.perform(get("/api/v1/routing/assignments/mine?date=2026-12-04").with(user(driver).roles("DRIVER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.vehicleCode").value(code));
		this.mvc.perform(get("/api/v1/routing/assignments/mine?date=2026-12-05").with(user(driver).roles("DRIVER")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("no-driver-assignment"));
		this.mvc.perform(get("/api/v1/routing/vehicles").with(user(driver).roles("DRIVER")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/tracking/shipments?date=2026-12-04").with(user(driver).roles("DRIVER")))
			.andExpect(status().isForbidden());

		this.mvc.perform(get("/api/v1/audit?subject=driver:" + driver).with(user("dora").roles("DISPATCHER")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/audit?subject=driver:" + driver).with(user("root").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].actor").value("dora"))
			.andExpect(jsonPath("$[0].action").value("routing.driver.assigned"))
			.andExpect(jsonPath("$[0].details.vehicle").value(code));

		this.mvc.perform(delete("/api/v1/routing/assignments/2026-12-04/" + driver).with(user("dora").roles("DISPATCHER")))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/v1/routing/assignments/mine?date=2026-12-04").with(user(driver).roles("DRIVER")))
			.andExpect(status().isNotFound());
	}

	@Test
	void stockAdjustmentsAndScrapsAreAuditedWithTheirActor() throws Exception {
		String sku = "AUD-" + UUID.randomUUID().toString().substring(0, 8);
		this.mvc.perform(post("/api/v1/inventory/products").with(user("wiktor").roles("WAREHOUSE"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"sku":"%s","name":"Audited flour","unit":"bag","weightGrams":1000,"volumeCm3":1200,
					 "temperatureClass":"AMBIENT","rotationPolicy":"FIFO","minShelfLifeDays":0}""".formatted(sku)))
			.andExpect(status().isCreated());
		this.mvc.perform(post("/api/v1/inventory/stock/receipts").with(user("wiktor").roles("WAREHOUSE"))
			.header("Idempotency-Key", "aud-r-" + sku)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"sku":"%s","lotNumber":"L1","expiryDate":"2099-01-01","quantity":20,"locationId":"WAW1-A-01"}"""
				.formatted(sku)))
			.andExpect(status().isCreated());
		this.mvc.perform(post("/api/v1/inventory/stock/adjustments").with(user("wiktor").roles("WAREHOUSE"))
			.header("Idempotency-Key", "aud-a-" + sku)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"sku":"%s","lotNumber":"L1","locationId":"WAW1-A-01","delta":-2,"reason":"DAMAGED"}"""
				.formatted(sku)))
			.andExpect(status().is2xxSuccessful());
		this.mvc.perform(post("/api/v1/inventory/stock/scraps").with(user("wiktor").roles("WAREHOUSE"))
			.header("Idempotency-Key", "aud-s-" + sku)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"sku":"%s","lotNumber":"L1","locationId":"WAW1-A-01","quantity":3,"reason":"EXPIRED"}"""
				.formatted(sku)))
			.andExpect(status().is2xxSuccessful());
		this.mvc.perform(get("/api/v1/audit?action=inventory.stock.&subject=lot:" + sku + "/L1")
			.with(user("root").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].action").value("inventory.stock.scrapped"))
			.andExpect(jsonPath("$[0].actor").value("wiktor"))
			.andExpect(jsonPath("$[0].details.quantity").value(3))
			.andExpect(jsonPath("$[1].action").value("inventory.stock.adjusted"))
			.andExpect(jsonPath("$[1].details.delta").value(-2));
	}

	@Test
	void onlyADriverWithoutAStaffRoleIsRestrictedToTheirVehicle() {
		SecurityPlanAudience audience = new SecurityPlanAudience();
		try {
			as("jan", "ROLE_DRIVER");
			assertThat(audience.driverOnly()).contains("jan");
			as("ola", "ROLE_DRIVER", "ROLE_DISPATCHER");
			assertThat(audience.driverOnly()).isEmpty();
			as("ewa", "ROLE_WAREHOUSE");
			assertThat(audience.driverOnly()).isEmpty();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private static void as(String name, String... authorities) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name, "n/a",
					AuthorityUtils.createAuthorityList(authorities)));
	}

}
