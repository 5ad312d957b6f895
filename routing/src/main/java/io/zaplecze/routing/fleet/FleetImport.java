package io.zaplecze.routing.fleet;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import io.zaplecze.platform.csv.CsvFiles;
import io.zaplecze.platform.csv.CsvImportLog;
import io.zaplecze.platform.csv.CsvImportRejected;
import io.zaplecze.platform.csv.CsvImportReport;
import io.zaplecze.platform.csv.CsvImportReport.Outcome;
import io.zaplecze.platform.csv.CsvImportReport.Result;
import io.zaplecze.platform.csv.CsvRow;
import io.zaplecze.platform.csv.CsvRowError;
import io.zaplecze.platform.csv.CsvTable;
import io.zaplecze.routing.DepotDirectory;
import io.zaplecze.routing.FuelType;
import io.zaplecze.routing.VehicleProfile;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fleet CSV import (contract: one row per vehicle, natural key {@code code}). All-or-nothing:
 * every row is validated with the same rules as {@code POST /api/v1/routing/vehicles} and a file
 * with any error is rejected whole; a clean file is applied in one transaction. Re-importing is
 * idempotent: a vehicle with the same values is UNCHANGED, other values replace it (UPDATED).
 */
@Service
public class FleetImport {

	static final String KIND = "vehicles";

	static final List<String> REQUIRED = List.of("code", "shiftStart", "shiftEnd", "capacityGrams", "capacityCm3",
			"capacityPallets");

	static final List<String> COLUMNS = List.of("code", "profile", "depot", "depotLat", "depotLon", "shiftStart",
			"shiftEnd", "capacityGrams", "capacityCm3", "capacityPallets", "refrigerated", "breakStart", "breakEnd",
			"breakSeconds", "maxRouteSeconds", "costPerKmCents", "costPerHourCents", "fixedCostCents", "fuelType",
			"co2GramsPerKm", "multiTrip", "reloadSeconds", "available");

	private static final int MAX_ROWS = 5000;

	private final VehicleRepository vehicles;

	private final Validator validator;

	private final ObjectProvider<DepotDirectory> depots;

	private final JdbcClient jdbc;

	private final CsvImportLog log;

	private final Clock clock;

	FleetImport(VehicleRepository vehicles, Validator validator, ObjectProvider<DepotDirectory> depots, JdbcClient jdbc,
			JsonMapper json, Clock clock) {
		this.vehicles = vehicles;
		this.validator = validator;
		this.depots = depots;
		this.jdbc = jdbc;
		this.log = new CsvImportLog(jdbc, json, "routing.csv_import");
		this.clock = clock;
	}

	private record Parsed(int line, FleetVehicle vehicle, FuelType fuel, String depotSource) {
	}

	@Transactional
	public CsvImportReport importFile(String text, @Nullable String idempotencyKey, boolean dryRun) {
		String digest = CsvFiles.digest(text);
		Optional<CsvImportReport> replay = this.log.replay(idempotencyKey, KIND, digest);
		if (replay.isPresent()) {
			return replay.get();
		}
		CsvTable csv = CsvFiles.read(KIND, text, REQUIRED, COLUMNS, MAX_ROWS);
		List<CsvRowError> errors = new ArrayList<>();
		List<Parsed> parsed = new ArrayList<>();
		Map<String, Integer> firstLine = new HashMap<>();
		for (CsvTable.Record record : csv.records()) {
			CsvRow row = new CsvRow(csv, record, errors);
			Parsed p = parse(row);
			if (p == null) {
				continue;
			}
			Integer earlier = firstLine.putIfAbsent(p.vehicle().code(), row.line());
			if (earlier != null) {
				row.error("code", "Vehicle " + p.vehicle().code() + " appears twice in the file (also line " + earlier + ")");
				continue;
			}
			parsed.add(p);
		}
		if (!errors.isEmpty()) {
			throw new CsvImportRejected(KIND, csv.records().size(), errors);
		}
		Instant now = this.clock.instant();
		List<Result> results = new ArrayList<>();
		int created = 0;
		int updated = 0;
		int unchanged = 0;
		for (Parsed p : parsed) {
			Optional<FleetVehicle> existing = this.vehicles.findByCode(p.vehicle().code());
			Outcome outcome;
			FleetVehicle vehicle;
			if (existing.isEmpty()) {
				vehicle = p.vehicle();
				outcome = Outcome.CREATED;
				created++;
				if (!dryRun) {
					this.vehicles.insert(vehicle, now);
				}
			}
			else {
				vehicle = withId(p.vehicle(), existing.get().id());
				boolean same = vehicle.equals(existing.get()) && fuelOf(vehicle.id()) == p.fuel();
				outcome = same ? Outcome.UNCHANGED : Outcome.UPDATED;
				if (same) {
					unchanged++;
				}
				else {
					updated++;
					if (!dryRun) {
						this.vehicles.update(vehicle, now);
					}
				}
			}
			if (!dryRun && outcome != Outcome.UNCHANGED) {
				this.jdbc.sql("""
						INSERT INTO routing.vehicle_fuel (vehicle_id, fuel_type) VALUES (?, ?)
						ON CONFLICT (vehicle_id) DO UPDATE SET fuel_type = EXCLUDED.fuel_type""")
					.params(vehicle.id(), p.fuel().name())
					.update();
			}
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("depot", Map.of("lat", vehicle.depot().lat(), "lon", vehicle.depot().lon()));
			details.put("depotSource", p.depotSource());
			details.put("fuelType", p.fuel().name());
			boolean stored = !dryRun || outcome != Outcome.CREATED;
			results.add(new Result(p.line(), vehicle.code(), stored ? vehicle.id().toString() : null, outcome, details));
		}
		CsvImportReport report = new CsvImportReport(KIND, csv.records().size(), created, updated, unchanged, !dryRun,
				dryRun, false, List.of(), results);
		if (!dryRun) {
			this.log.save(idempotencyKey, KIND, digest, report, now);
		}
		return report;
	}

	/** The fuel type of a vehicle (DIESEL when none was recorded). */
	@Transactional(readOnly = true)
	public FuelType fuelOf(UUID vehicleId) {
		return this.jdbc.sql("SELECT fuel_type FROM routing.vehicle_fuel WHERE vehicle_id = ?")
			.param(vehicleId)
			.query(String.class)
			.optional()
			.map(FuelType::valueOf)
			.orElse(FuelType.DIESEL);
	}

	private @Nullable Parsed parse(CsvRow row) {
		String code = row.required("code");
		VehicleProfile profile = row.option("profile", VehicleProfile.class, false, VehicleProfile.CAR);
		String depotCode = row.optional("depot");
		Double lat = row.decimal("depotLat");
		Double lon = row.decimal("depotLon");
		LocalTime shiftStart = row.time("shiftStart", true);
		LocalTime shiftEnd = row.time("shiftEnd", true);
		long grams = number(row, "capacityGrams", true, 0);
		long cm3 = number(row, "capacityCm3", true, 0);
		long pallets = number(row, "capacityPallets", true, 0);
		boolean refrigerated = row.bool("refrigerated", false);
		LocalTime breakStart = row.time("breakStart", false);
		LocalTime breakEnd = row.time("breakEnd", false);
		long breakSeconds = number(row, "breakSeconds", false, 0);
		Long maxRoute = row.integer("maxRouteSeconds", false, null);
		long perKm = number(row, "costPerKmCents", false, 0);
		long perHour = number(row, "costPerHourCents", false, 0);
		long fixed = number(row, "fixedCostCents", false, 0);
		FuelType fuel = row.option("fuelType", FuelType.class, false, FuelType.DIESEL);
		long co2 = number(row, "co2GramsPerKm", false, 0);
		boolean multiTrip = row.bool("multiTrip", false);
		long reload = number(row, "reloadSeconds", false, 0);
		boolean available = row.bool("available", true);
		UUID depotId = null;
		String depotSource = "COORDINATES";
		if (depotCode != null) {
			if (lat != null || lon != null) {
				row.error("depot", "Give the depot as a site code or as depotLat/depotLon, not both");
			}
			else {
				DepotDirectory directory = this.depots.getIfAvailable();
				Optional<DepotDirectory.Depot> depot = (directory != null) ? directory.depot(depotCode) : Optional.empty();
				if (depot.isEmpty()) {
					row.error("depot", "Unknown depot site '" + depotCode + "'");
				}
				else {
					depotId = depot.get().id();
					lat = depot.get().location().lat();
					lon = depot.get().location().lon();
					depotSource = "SITE";
				}
			}
		}
		else if (lat == null || lon == null) {
			row.error((lat == null) ? "depotLat" : "depotLon",
					"The depot is required: a site code in 'depot', or both depotLat and depotLon");
		}
		if (lat == null || lon == null) {
			return null;
		}
		if (maxRoute != null && (maxRoute < 0 || maxRoute > Integer.MAX_VALUE)) {
			row.error("maxRouteSeconds", "Out of range: " + maxRoute);
			maxRoute = null;
		}
		VehicleRequest request = new VehicleRequest(code, profile, depotId, new VehicleRequest.Position(lat, lon),
				shiftStart, shiftEnd, grams, cm3, (int) pallets, refrigerated, (maxRoute == null) ? null : maxRoute.intValue(),
				breakStart, breakEnd, (int) breakSeconds, perKm, perHour, fixed, (int) co2, multiTrip, (int) reload,
				available);
		Set<ConstraintViolation<VehicleRequest>> violations = this.validator.validate(request);
		for (ConstraintViolation<VehicleRequest> v : violations) {
			// A missing value was reported as required already; the rules still run on the rest of the row.
			if (v.getInvalidValue() != null || !(v.getConstraintDescriptor().getAnnotation() instanceof NotNull)) {
				row.error(column(v.getPropertyPath().toString()), v.getMessage());
			}
		}
		if (!row.ok()) {
			return null;
		}
		return new Parsed(row.line(), FleetService.toVehicle(UUID.randomUUID(), request), fuel, depotSource);
	}

	private static long number(CsvRow row, String column, boolean required, long fallback) {
		Long value = row.integer(column, required, fallback);
		if (value == null) {
			return fallback;
		}
		if (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
			row.error(column, "Out of range: " + value);
			return fallback;
		}
		return value;
	}

	private static String column(String property) {
		return switch (property) {
			case "depot.lat" -> "depotLat";
			case "depot.lon" -> "depotLon";
			case "shiftOrdered" -> "shiftEnd";
			case "breakComplete" -> "breakStart";
			default -> property;
		};
	}

	private static FleetVehicle withId(FleetVehicle v, UUID id) {
		return new FleetVehicle(id, v.code(), v.profile(), v.depotId(), v.depot(), v.shiftStart(), v.shiftEnd(),
				v.capacityGrams(), v.capacityCm3(), v.capacityPallets(), v.refrigerated(), v.maxRouteSeconds(),
				v.breakStart(), v.breakEnd(), v.breakSeconds(), v.costPerKmCents(), v.costPerHourCents(),
				v.fixedCostCents(), v.co2GramsPerKm(), v.multiTrip(), v.reloadSeconds(), v.available());
	}

}
