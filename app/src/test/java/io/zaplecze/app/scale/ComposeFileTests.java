package io.zaplecze.app.scale;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docker-compose.yml} runs two app instances in the scale-out configuration that
 * {@link ScaleOutTests} proves (the test takes its instances' settings from this file).
 */
class ComposeFileTests {

	private final ComposeFile compose = ComposeFile.load();

	@Test
	void twoAppInstancesShareTheServicesWithTheirOwnPortsAndClientIds() {
		List<String> apps = new ArrayList<>();
		for (Map.Entry<String, JsonNode> service : this.compose.services().properties()) {
			if (service.getValue().has("build")) {
				apps.add(service.getKey());
			}
		}
		assertThat(apps).hasSize(2);
		Map<String, String> first = this.compose.environment(apps.get(0));
		Map<String, String> second = this.compose.environment(apps.get(1));
		for (String shared : List.of("ZAPLECZE_DB_URL", "ZAPLECZE_TRACKING_MQTT_BROKER_URL", "ZAPLECZE_TRACKING_SCALE_SLOT")) {
			assertThat(first.get(shared)).as(shared).isNotBlank().isEqualTo(second.get(shared));
		}
		assertThat(first.get("ZAPLECZE_TRACKING_MQTT_CLIENT_ID")).isNotBlank()
			.isNotEqualTo(second.get("ZAPLECZE_TRACKING_MQTT_CLIENT_ID"));
		assertThat(this.compose.services().get(apps.get(0)).get("ports").get(0).asString())
			.isNotEqualTo(this.compose.services().get(apps.get(1)).get("ports").get(0).asString());
		assertThat(this.compose.scaleOutEnvironment(apps.get(0))).isEqualTo(this.compose.scaleOutEnvironment(apps.get(1)))
			.containsEntry("ZAPLECZE_TRACKING_SCALE_ENABLED", "true")
			.containsEntry("ZAPLECZE_TRACKING_MQTT_SHARED", "false");
		for (String app : apps) {
			assertThat(this.compose.services().get(app).get("depends_on").properties()).extracting(Map.Entry::getKey)
				.contains("postgres", "mosquitto");
		}
	}

}
