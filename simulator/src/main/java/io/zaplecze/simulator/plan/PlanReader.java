package io.zaplecze.simulator.plan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.zaplecze.simulator.SimulatorException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads published plans (the REST contract's JSON) and checks that they can be driven.
 */
public final class PlanReader {

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		// figures the simulator does not drive by (distance, CO2, …) may be missing in
		// hand-written plans
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private PlanReader() {
	}

	/** Reads and checks a plan file. */
	public static PublishedPlan read(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return checked(JSON.readValue(in, PublishedPlan.class), file.toString());
		}
		catch (IOException | JacksonException ex) {
			throw new SimulatorException("Cannot read the plan file " + file + ": " + ex.getMessage(), ex);
		}
	}

	/** Parses and checks a plan received from {@code origin} (for messages). */
	public static PublishedPlan parse(byte[] json, String origin) {
		try {
			return checked(JSON.readValue(json, PublishedPlan.class), origin);
		}
		catch (JacksonException ex) {
			throw new SimulatorException("The plan from " + origin + " is not valid JSON: " + ex.getOriginalMessage(),
					ex);
		}
	}

	/**
	 * Throws when the plan cannot be driven: every route with stops needs one leg more
	 * than it has stops, in sequence, each with a polyline of at least two points;
	 * vehicle ids are unique.
	 */
	static PublishedPlan checked(PublishedPlan plan, String origin) {
		List<String> problems = new ArrayList<>();
		Set<String> vehicles = new HashSet<>();
		for (PublishedPlan.Route route : plan.routes()) {
			String name = "route of " + route.vehicleId();
			if (route.vehicleId() == null || route.vehicleId().isBlank()) {
				problems.add("a route has no vehicleId");
				continue;
			}
			if (!vehicles.add(route.vehicleId())) {
				problems.add("vehicle " + route.vehicleId() + " has two routes");
			}
			if (route.vehicleId().contains("/") || route.vehicleId().contains("+") || route.vehicleId().contains("#")) {
				problems.add(name + ": the vehicle id cannot be part of an MQTT topic");
			}
			if (route.stops().isEmpty()) {
				continue;
			}
			if (route.departure() == null) {
				problems.add(name + " has no departure time");
			}
			if (route.legs().size() != route.stops().size() + 1) {
				problems.add(name + " has " + route.stops().size() + " stops but " + route.legs().size()
						+ " legs (expected " + (route.stops().size() + 1) + ")");
				continue;
			}
			for (int i = 0; i < route.legs().size(); i++) {
				PublishedPlan.Leg leg = route.legs().get(i);
				if (leg.fromSequence() != i || leg.toSequence() != i + 1) {
					problems.add(name + ": leg " + i + " goes " + leg.fromSequence() + "->" + leg.toSequence()
							+ " (expected " + i + "->" + (i + 1) + ")");
				}
				if (leg.geometry() == null || leg.geometry().coordinates() == null
						|| leg.geometry().coordinates().length < 2) {
					problems.add(name + ": leg " + i + " has no polyline");
				}
			}
			for (PublishedPlan.Stop stop : route.stops()) {
				if (stop.stopId() == null || stop.stopId().isBlank()) {
					problems.add(name + ": stop " + stop.sequence() + " has no stopId");
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new SimulatorException(
					"The plan from " + origin + " cannot be driven: " + String.join("; ", problems));
		}
		return plan;
	}

}
