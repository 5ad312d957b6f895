package io.zaplecze.simulator.plan;

import java.nio.charset.StandardCharsets;

import io.zaplecze.simulator.SimulatorException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanReaderTests {

	private static PublishedPlan parse(String json) {
		return PlanReader.parse(json.getBytes(StandardCharsets.UTF_8), "test");
	}

	private static final String STOP = """
			{"stopId":"s1","shipmentId":"x","sequence":1,"location":{"lat":52.2,"lon":21.0},"serviceSeconds":120}""";

	private static String leg(int from, int to) {
		return "{\"fromSequence\":" + from + ",\"toSequence\":" + to
				+ ",\"travelSeconds\":60,\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[21.0,52.2],[21.01,52.2]]}}";
	}

	@Test
	void readsAPlanAndIgnoresFieldsItDoesNotKnow() {
		PublishedPlan plan = parse(
				"{\"planId\":\"p\",\"version\":1,\"date\":\"2026-11-27\",\"future\":true,\"routes\":[{"
						+ "\"vehicleId\":\"VAN-01\",\"departure\":\"2026-11-27T07:00:00Z\",\"stops\":[" + STOP
						+ "],\"legs\":[" + leg(0, 1) + "," + leg(1, 2) + "],\"colour\":\"red\"}]}");
		assertThat(plan.routes().get(0).legs()).hasSize(2);
		assertThat(plan.routes().get(0).stops().get(0).timeWindows()).isEmpty();
	}

	@Test
	void refusesARouteWhoseLegsDoNotMatchItsStops() {
		assertThatThrownBy(() -> parse("{\"planId\":\"p\",\"routes\":[{\"vehicleId\":\"VAN-01\","
				+ "\"departure\":\"2026-11-27T07:00:00Z\",\"stops\":[" + STOP + "],\"legs\":[" + leg(0, 1) + "]}]}"))
			.isInstanceOf(SimulatorException.class)
			.hasMessageContaining("route of VAN-01 has 1 stops but 1 legs (expected 2)");
	}

	@Test
	void refusesVehicleIdsThatCannotBeTopicLevels() {
		assertThatThrownBy(() -> parse("{\"planId\":\"p\",\"routes\":[{\"vehicleId\":\"VAN/01\",\"stops\":[]}]}"))
			.isInstanceOf(SimulatorException.class)
			.hasMessageContaining("cannot be part of an MQTT topic");
	}

	@Test
	void saysWhenTheBodyIsNotJson() {
		assertThatThrownBy(() -> parse("<html>login</html>")).isInstanceOf(SimulatorException.class)
			.hasMessageContaining("not valid JSON");
	}

}
