package io.zaplecze.simulator.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import io.zaplecze.simulator.SimulatorException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads option values from a {@code .properties} or {@code .yaml}/{@code .yml} file whose
 * keys are the long option names ({@code speed: 30}, {@code gps-noise=5}). Lists are
 * comma-separated, or YAML sequences.
 */
final class ConfigFile {

	private ConfigFile() {
	}

	static Map<String, List<String>> read(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		try (InputStream in = Files.newInputStream(file)) {
			return (name.endsWith(".yaml") || name.endsWith(".yml")) ? yaml(in, file) : properties(in);
		}
		catch (IOException ex) {
			throw new SimulatorException("Cannot read the configuration file " + file + ": " + ex.getMessage(), ex);
		}
	}

	private static Map<String, List<String>> properties(InputStream in) throws IOException {
		Properties properties = new Properties();
		properties.load(in);
		Map<String, List<String>> values = new LinkedHashMap<>();
		for (String key : properties.stringPropertyNames()) {
			values.put(key.trim(), List.of(properties.getProperty(key).trim()));
		}
		return values;
	}

	private static Map<String, List<String>> yaml(InputStream in, Path file) {
		JsonNode root;
		try {
			root = new YAMLMapper().readTree(in);
		}
		catch (JacksonException ex) {
			throw new SimulatorException(
					"The configuration file " + file + " is not valid YAML: " + ex.getOriginalMessage(), ex);
		}
		Map<String, List<String>> values = new LinkedHashMap<>();
		if (root == null || root.isNull() || root.isMissingNode()) {
			return values;
		}
		if (!root.isObject()) {
			throw new SimulatorException("The configuration file " + file + " must be a map of option names to values");
		}
		for (var entry : root.properties()) {
			JsonNode value = entry.getValue();
			List<String> items = new ArrayList<>();
			if (value.isArray()) {
				value.forEach(item -> items.add(item.asString()));
			}
			else if (value.isObject()) {
				throw new SimulatorException("The configuration file " + file + ": '" + entry.getKey()
						+ "' must be a value or a list, not a map (keys are the long option names)");
			}
			else {
				items.add(value.isNull() ? "" : value.asString());
			}
			values.put(entry.getKey(), List.of(String.join(",", items)));
		}
		return values;
	}

}
