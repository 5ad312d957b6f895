package io.zaplecze.app.scale;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The project's {@code docker-compose.yml}, parsed (these machines have no Docker engine to run it). */
final class ComposeFile {

	private final JsonNode root;

	private ComposeFile(JsonNode root) {
		this.root = root;
	}

	static ComposeFile load() {
		Path here = Path.of("").toAbsolutePath();
		for (Path p = here; p != null; p = p.getParent()) {
			Path candidate = p.resolve("docker-compose.yml");
			if (Files.isRegularFile(candidate) && Files.isDirectory(p.resolve("deploy"))) {
				return new ComposeFile(new YAMLMapper().readTree(candidate.toFile()));
			}
		}
		throw new IllegalStateException("docker-compose.yml not found above " + here);
	}

	JsonNode services() {
		return this.root.required("services");
	}

	/** A service's environment, as written (values as strings). */
	Map<String, String> environment(String service) {
		Map<String, String> env = new LinkedHashMap<>();
		JsonNode node = services().required(service).path("environment");
		for (Map.Entry<String, JsonNode> e : node.properties()) {
			env.put(e.getKey(), e.getValue().asString());
		}
		return env;
	}

	/**
	 * The scale-out settings of the app services (everything but where the services are, the profile
	 * and the per-instance client id), which the scale-out test gives its instances as they are.
	 */
	Map<String, String> scaleOutEnvironment(String service) {
		Map<String, String> env = environment(service);
		env.keySet().removeIf(k -> k.equals("SPRING_PROFILES_ACTIVE") || k.startsWith("ZAPLECZE_DB_")
				|| k.equals("ZAPLECZE_TRACKING_MQTT_BROKER_URL") || k.equals("ZAPLECZE_TRACKING_MQTT_CLIENT_ID"));
		return env;
	}

}
