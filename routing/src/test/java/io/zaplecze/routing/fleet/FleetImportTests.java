package io.zaplecze.routing.fleet;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.zaplecze.routing.FuelType;
import io.zaplecze.testsupport.RealServices;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The fleet CSV import on the real database (same context configuration as the planner's module test). */
@ApplicationModuleTest(extraIncludes = "platform")
@AutoConfigureMockMvc
@RealServices
@TestPropertySource(properties = { "zaplecze.routing.graph-cache-dir=${java.io.tmpdir}/zaplecze-planner-module-tests",
		"zaplecze.routing.planning.threads=2", "zaplecze.routing.planning.poll-interval=200ms",
		"zaplecze.routing.planning.demo.time-limit=2s", "zaplecze.routing.planning.demo.quiet-period=300ms",
		"zaplecze.routing.planning.demo.wait-for-deliveries=10s" })
class FleetImportTests {

	private static final String HEADER = "code,profile,depotLat,depotLon,shiftStart,shiftEnd,capacityGrams,capacityCm3,"
			+ "capacityPallets,refrigerated,costPerKmCents,costPerHourCents,fuelType\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	FleetService fleet;

	@Autowired
	FleetImport imports;

	private static String code() {
		return "IMP-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void importsVehiclesAndReimportingIsIdempotent() throws Exception {
		String a = code();
		String b = code();
		String file = HEADER + a + ",CAR,52.23,21.01,07:00,19:00,1200000,10000000,6,true,45,3500,ELECTRIC\n" + b
				+ ",TRUCK,52.23,21.01,06:00,16:00,12000000,40000000,18,false,90,4500,\n";
		this.mvc.perform(post("/api/v1/routing/imports/vehicles").contentType("text/csv").content(file))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(2))
			.andExpect(jsonPath("$.results[0].line").value(2))
			.andExpect(jsonPath("$.results[0].outcome").value("CREATED"));
		FleetVehicle stored = this.fleet.byCode(a);
		assertThat(stored.refrigerated()).isTrue();
		assertThat(stored.capacityPallets()).isEqualTo(6);
		assertThat(this.imports.fuelOf(stored.id())).isEqualTo(FuelType.ELECTRIC);
		assertThat(this.imports.fuelOf(this.fleet.byCode(b).id())).isEqualTo(FuelType.DIESEL);

		this.mvc.perform(post("/api/v1/routing/imports/vehicles").contentType("text/csv").content(file))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.created").value(0))
			.andExpect(jsonPath("$.unchanged").value(2));
		String changed = HEADER + a + ",CAR,52.23,21.01,08:00,19:00,1200000,10000000,6,true,45,3500,ELECTRIC\n";
		this.mvc.perform(post("/api/v1/routing/imports/vehicles").contentType("text/csv").content(changed))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.updated").value(1));
		assertThat(this.fleet.byCode(a).shiftStart()).hasToString("08:00");
		assertThat(this.fleet.byCode(a).id()).isEqualTo(stored.id());
	}

	@Test
	void aFileWithAnyBadRowIsRejectedWholeWithEveryErrorAndLineNumber() throws Exception {
		String good = code();
		String file = HEADER + good + ",CAR,52.23,21.01,07:00,19:00,1200000,10000000,6,true,45,3500,DIESEL\n"
				+ "bad code!,CAR,52.23,21.01,07:00,19:00,1200000,10000000,6,true,45,3500,DIESEL\n" + code()
				+ ",CAR,52.23,21.01,19:00,07:00,-5,10000000,6,maybe,45,3500,COAL\n";
		this.mvc.perform(post("/api/v1/routing/imports/vehicles").contentType("text/csv").content(file))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("import-rejected"))
			.andExpect(jsonPath("$.rows").value(3))
			.andExpect(jsonPath("$.errors[0].line").value(3))
			.andExpect(jsonPath("$.errors[0].column").value("code"))
			.andExpect(jsonPath("$.errors[?(@.line == 4 && @.column == 'refrigerated')]").exists())
			.andExpect(jsonPath("$.errors[?(@.line == 4 && @.column == 'fuelType')]").exists())
			.andExpect(jsonPath("$.errors[?(@.line == 4 && @.column == 'shiftEnd')]").exists());
		assertThat(this.fleet.list()).extracting(FleetVehicle::code).doesNotContain(good);

		this.mvc
			.perform(post("/api/v1/routing/imports/vehicles").contentType("text/csv")
				.content("code,colour\nX1,red\n"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].message", org.hamcrest.Matchers.hasItem(containsString("Unknown column 'colour'"))));
	}

	@Test
	void theSameKeyReplaysAndAnotherFileUnderItIsAConflictWhileADryRunStoresNothing() throws Exception {
		String a = code();
		String file = HEADER + a + ",CAR,52.23,21.01,07:00,19:00,1,1,0,false,0,0,\n";
		this.mvc.perform(post("/api/v1/routing/imports/vehicles").param("dryRun", "true").contentType("text/csv").content(file))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(false))
			.andExpect(jsonPath("$.results[0].outcome").value("CREATED"));
		assertThat(this.fleet.list()).extracting(FleetVehicle::code).doesNotContain(a);
		String key = UUID.randomUUID().toString();
		this.mvc.perform(post("/api/v1/routing/imports/vehicles").header("Idempotency-Key", key).contentType("text/csv").content(file))
			.andExpect(jsonPath("$.created").value(1));
		this.mvc.perform(post("/api/v1/routing/imports/vehicles").header("Idempotency-Key", key).contentType("text/csv").content(file))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.replayed").value(true))
			.andExpect(jsonPath("$.created").value(1));
		this.mvc
			.perform(post("/api/v1/routing/imports/vehicles").header("Idempotency-Key", key).contentType("text/csv")
				.content(HEADER + code() + ",CAR,52.23,21.01,07:00,19:00,1,1,0,false,0,0,\n"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("idempotency-key-reused"));
		this.mvc.perform(post("/api/v1/routing/imports/vehicles").contentType("application/json").content("{}"))
			.andExpect(status().isUnsupportedMediaType());
	}

}
