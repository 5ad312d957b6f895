package io.zaplecze.app.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The operations of the application's OpenAPI document, with what a test needs to call them: path
 * and query parameters, headers and the request body's media type and schema.
 */
final class OpenApiOperations {

	private static final List<String> METHODS = List.of("get", "post", "put", "delete", "patch");

	private final JsonNode document;

	private final List<Operation> operations = new ArrayList<>();

	OpenApiOperations(String json) {
		this.document = JsonMapper.builder().build().readTree(json);
		for (Map.Entry<String, JsonNode> path : this.document.path("paths").properties()) {
			for (String method : METHODS) {
				JsonNode op = path.getValue().get(method);
				if (op != null) {
					this.operations.add(operation(method.toUpperCase(Locale.ROOT), path.getKey(), path.getValue(), op));
				}
			}
		}
	}

	List<Operation> all() {
		return this.operations;
	}

	/** Follows a {@code $ref} to components/schemas. */
	JsonNode resolve(JsonNode schema) {
		JsonNode current = schema;
		for (int i = 0; i < 10 && current.has("$ref"); i++) {
			String ref = current.get("$ref").asString();
			current = this.document.at(ref.substring(1));
		}
		return current;
	}

	private Operation operation(String method, String path, JsonNode pathItem, JsonNode op) {
		List<Parameter> parameters = new ArrayList<>();
		for (JsonNode source : List.of(pathItem.path("parameters"), op.path("parameters"))) {
			for (JsonNode p : source) {
				JsonNode param = resolve(p);
				parameters.add(new Parameter(param.path("name").asString(), param.path("in").asString(),
						param.path("required").asBoolean(false), resolve(param.path("schema"))));
			}
		}
		String mediaType = null;
		JsonNode bodySchema = null;
		boolean bodyRequired = false;
		JsonNode body = op.get("requestBody");
		if (body != null) {
			body = resolve(body);
			bodyRequired = body.path("required").asBoolean(false);
			Map<String, JsonNode> contents = new LinkedHashMap<>();
			body.path("content").properties().forEach(e -> contents.put(e.getKey(), e.getValue()));
			mediaType = contents.containsKey("application/json") ? "application/json"
					: contents.keySet().stream().findFirst().orElse(null);
			if (mediaType != null) {
				bodySchema = resolve(contents.get(mediaType).path("schema"));
			}
		}
		return new Operation(method, path, op.path("operationId").asString(""), parameters, mediaType, bodySchema,
				bodyRequired);
	}

	/** The first type of a schema ({@code type} may be a list in OpenAPI 3.1). */
	static String type(JsonNode schema) {
		JsonNode type = schema.get("type");
		if (type == null) {
			return schema.has("properties") ? "object" : "";
		}
		if (type.isArray()) {
			for (JsonNode t : type) {
				if (!"null".equals(t.asString())) {
					return t.asString();
				}
			}
			return "";
		}
		return type.asString();
	}

	/** A valid-looking sample value of a parameter schema, as text. */
	static String sample(JsonNode schema) {
		if (schema.has("enum") && !schema.get("enum").isEmpty()) {
			return schema.get("enum").get(0).asString();
		}
		if (schema.has("default") && !schema.get("default").isNull()) {
			return schema.get("default").asString();
		}
		if (schema.has("example") && schema.get("example").isValueNode()) {
			return schema.get("example").asString();
		}
		String format = schema.path("format").asString("");
		return switch (type(schema)) {
			case "integer" -> "1";
			case "number" -> "1.5";
			case "boolean" -> "false";
			default -> switch (format) {
				case "uuid" -> "00000000-0000-4000-8000-000000000001";
				case "date" -> "2026-12-04";
				case "date-time" -> "2026-12-04T08:00:00Z";
				case "partial-time", "time" -> "08:00:00";
				default -> "x1";
			};
		};
	}

	/**
	 * @param method upper case
	 * @param path the template, {@code {name}} for path parameters
	 */
	record Operation(String method, String path, String operationId, List<Parameter> parameters,
			@Nullable String mediaType, @Nullable JsonNode bodySchema, boolean bodyRequired) {

		/** The path with every path parameter replaced by its value. */
		String expand(Map<String, String> values) {
			String result = this.path;
			for (Parameter p : this.parameters) {
				if (p.in().equals("path")) {
					result = result.replace("{" + p.name() + "}", values.getOrDefault(p.name(), sample(p.schema())));
				}
			}
			return result;
		}

		List<Parameter> in(String where) {
			return this.parameters.stream().filter(p -> p.in().equals(where)).toList();
		}

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

	record Parameter(String name, String in, boolean required, JsonNode schema) {
	}

}
