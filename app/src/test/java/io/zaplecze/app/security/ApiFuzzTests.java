package io.zaplecze.app.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Bad input, measured: every operation of the OpenAPI document is called with wrong types, missing and
 * extra fields, 1 MB strings, huge and negative numbers, invalid dates and coordinates, odd characters
 * in path and query parameters and malformed JSON, as a role the policy lets through (so validation is
 * reached, not only security). No response may be a 5xx; every 4xx must be a problem detail, and a 400
 * for a named field or parameter must name it. The counts by status go to the test report.
 */
class ApiFuzzTests extends SecuredApplicationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final String MEGABYTE = "x".repeat(1_000_000);

	private static final int MINIMUM_REQUESTS = 10_000;

	/** Odd values for path and query parameters. */
	private static final List<String> ODD = List.of("", " ", "0", "-1", "-2147483649", "2147483648",
			"99999999999999999999999", "1e309", "-1.5", "NaN", "Infinity", "null", "true", "%", "%00", "\u0000", "\t\n",
			"../../etc/passwd", "' OR '1'='1", "<script>alert(1)</script>", "漢字ü", "😀", "a".repeat(5000), "2026-02-30",
			"2026-13-01", "99999-12-31", "yesterday", "2026-12-04T25:61:00Z", "00000000-0000-0000-0000-000000000000",
			"not-a-uuid", ";", "a/b", "?x=1", "#x", "\\", "{}", "[]", "95.0", "-200", "\uFFFF", "\uD800");

	private final AtomicLong keys = new AtomicLong();

	private final Map<Integer, Long> byStatus = new TreeMap<>();

	private final List<String> serverErrors = new ArrayList<>();

	private final List<String> notProblems = new ArrayList<>();

	private final List<String> unnamed = new ArrayList<>();

	private int requests;

	private OpenApiOperations api;

	@Test
	void noBadInputGetsA5xxAndEvery4xxIsAProblemNamingTheField() throws Exception {
		this.api = new OpenApiOperations(
				this.mvc.perform(MockMvcRequestBuilders.get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
		long start = System.nanoTime();
		for (OpenApiOperations.Operation op : this.api.all()) {
			fuzz(op);
		}
		Random random = new Random(18);
		while (this.requests < MINIMUM_REQUESTS) {
			OpenApiOperations.Operation op = this.api.all().get(random.nextInt(this.api.all().size()));
			randomCase(op, random);
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf("API fuzz: %d requests over %d operations in %.1f s; by status %s; 5xx %d, 4xx not problem+json %d,"
				+ " 400 not naming the field %d%n", this.requests, this.api.all().size(), seconds, this.byStatus,
				this.serverErrors.size(), this.notProblems.size(), this.unnamed.size());
		java.nio.file.Path report = java.nio.file.Path.of("target", "api-fuzz-report.txt");
		java.nio.file.Files.createDirectories(report.getParent());
		java.nio.file.Files.write(report, java.util.stream.Stream
			.of(List.of("by status " + this.byStatus, "-- 5xx"), this.serverErrors, List.of("-- 4xx not problem+json"),
					this.notProblems, List.of("-- 400 not naming the field"), this.unnamed)
			.flatMap(List::stream)
			.map(line -> line.replaceAll("[\\uD800-\\uDFFF]", "?"))
			.toList());
		assertThat(this.requests).isGreaterThanOrEqualTo(MINIMUM_REQUESTS);
		assertThat(this.serverErrors).as("5xx responses").isEmpty();
		assertThat(this.notProblems).as("4xx responses that are not problem details").isEmpty();
		assertThat(this.unnamed).as("400 responses that do not name the field").isEmpty();
	}

	private void fuzz(OpenApiOperations.Operation op) throws Exception {
		for (OpenApiOperations.Parameter p : op.parameters()) {
			for (String value : ODD) {
				send(op, p.name(), c -> c.set(p, value), "param " + p.name() + "=" + abbreviate(value));
			}
			if (p.in().equals("query")) {
				send(op, p.name(), c -> c.set(p, MEGABYTE), "param " + p.name() + "=1 MB");
			}
			if (p.required() && !p.in().equals("path")) {
				send(op, p.name(), c -> c.remove(p), "param " + p.name() + " missing");
			}
		}
		if (op.mediaType() == null) {
			return;
		}
		if (!op.mediaType().contains("json")) {
			for (String csv : List.of("", "\u0000\u0001\u0002", "a,b,c\n\"unclosed", "sku,name\n" + MEGABYTE,
					"\uFEFFsku;name\n1;2", "sku,name\n,,,,,,\n", "😀,漢字\n\u0000,\uFFFF")) {
				send(op, null, c -> c.body = csv.getBytes(StandardCharsets.UTF_8), "csv " + abbreviate(csv));
			}
			return;
		}
		for (String malformed : List.of("", "{", "}", "[", "nul", "{\"a\":}", "{'a':1}", "\"text\"", "123", "[]", "[{}]",
				"{}{}", "[".repeat(5000), "{\"a\":" + "[".repeat(2000), "\uFEFF{}", "{\"x\":\"" + MEGABYTE + "\"}")) {
			send(op, null, c -> c.body = malformed.getBytes(StandardCharsets.UTF_8), "json " + abbreviate(malformed));
		}
		send(op, null, c -> c.body = new byte[] { '{', '"', (byte) 0xff, (byte) 0xfe, '"', ':', '1', '}' },
				"json invalid UTF-8");
		send(op, null, c -> c.contentType = MediaType.TEXT_PLAIN, "text/plain body");
		send(op, null, c -> c.contentType = MediaType.APPLICATION_XML, "xml content type");
		JsonNode skeleton = skeleton(op.bodySchema(), 0);
		if (!(skeleton instanceof ObjectNode object)) {
			for (JsonNode wrong : wrongValues("body")) {
				send(op, null, c -> c.body = bytes(wrong), "body " + abbreviate(wrong.toString()));
			}
			return;
		}
		send(op, null, c -> c.body = bytes(object.deepCopy().put("unexpectedField", 1)), "extra field");
		send(op, null, c -> c.body = bytes(object.deepCopy().set("__proto__", NODES.objectNode())), "extra __proto__");
		for (String field : names(object)) {
			send(op, field, c -> c.body = bytes(without(object, field)), "field " + field + " missing");
			for (JsonNode wrong : wrongValues(field)) {
				send(op, field, c -> c.body = bytes(with(object, field, wrong)),
						"field " + field + "=" + abbreviate(wrong.toString()));
			}
		}
	}

	private void randomCase(OpenApiOperations.Operation op, Random random) throws Exception {
		List<OpenApiOperations.Parameter> params = op.parameters();
		if (!params.isEmpty() && (op.mediaType() == null || random.nextBoolean())) {
			OpenApiOperations.Parameter p = params.get(random.nextInt(params.size()));
			String value = ODD.get(random.nextInt(ODD.size())) + ODD.get(random.nextInt(ODD.size()));
			send(op, p.name(), c -> c.set(p, value), "random param " + p.name() + "=" + abbreviate(value));
			return;
		}
		JsonNode skeleton = (op.mediaType() != null && op.mediaType().contains("json")) ? skeleton(op.bodySchema(), 0)
				: null;
		if (skeleton instanceof ObjectNode object && !object.isEmpty()) {
			List<String> names = names(object);
			ObjectNode body = object.deepCopy();
			String field = names.get(random.nextInt(names.size()));
			List<JsonNode> wrong = wrongValues(field);
			body = with(body, field, wrong.get(random.nextInt(wrong.size())));
			String other = names.get(random.nextInt(names.size()));
			body = with(body, other, wrongValues(other).get(random.nextInt(wrong.size())));
			ObjectNode sent = body;
			send(op, null, c -> c.body = bytes(sent), "random body " + abbreviate(sent.toString()));
			return;
		}
		String value = ODD.get(random.nextInt(ODD.size()));
		send(op, null, c -> c.body = value.getBytes(StandardCharsets.UTF_8), "random body " + abbreviate(value));
	}

	/** Wrong values for a field: wrong types, nulls, extremes, odd text, invalid dates and coordinates. */
	private static List<JsonNode> wrongValues(String field) {
		List<JsonNode> values = new ArrayList<>(List.of(NODES.nullNode(), NODES.stringNode("x"), NODES.numberNode(123),
				NODES.booleanNode(true), NODES.objectNode(), NODES.arrayNode(), NODES.numberNode(1e308),
				NODES.numberNode(-1), NODES.numberNode(0), NODES.numberNode(new java.math.BigInteger("9223372036854775808")),
				NODES.numberNode(new java.math.BigInteger("-9223372036854775809")), NODES.numberNode(2147483648L),
				NODES.numberNode(0.5), NODES.stringNode(MEGABYTE), NODES.stringNode("\u0000"), NODES.stringNode("😀漢字\uFFFF"),
				NODES.stringNode("2026-02-30"), NODES.stringNode("2026-12-04T25:00:00Z"), NODES.stringNode("NaN"),
				NODES.stringNode(""), NODES.stringNode("   "), NODES.stringNode("<script>alert(1)</script>"),
				NODES.arrayNode().add(NODES.objectNode()), NODES.objectNode().put("lat", 95.0).put("lon", 21.0),
				NODES.objectNode().put("lat", 52.0).put("lon", 200.0)));
		if (field.toLowerCase(java.util.Locale.ROOT).contains("lat") || field.toLowerCase(java.util.Locale.ROOT).contains("lon")) {
			values.addAll(List.of(NODES.numberNode(95.0), NODES.numberNode(-200.0), NODES.stringNode("Infinity")));
		}
		return values;
	}

	private void send(OpenApiOperations.Operation op, @Nullable String field, java.util.function.Consumer<Case> mutation,
			String description) throws Exception {
		Case c = new Case(op);
		mutation.accept(c);
		MockHttpServletResponse response;
		try {
			response = this.mvc.perform(c.request()).andReturn().getResponse();
		}
		catch (Exception ex) {
			this.requests++;
			this.byStatus.merge(599, 1L, Long::sum);
			this.serverErrors.add(op + " " + description + ": threw " + ex);
			return;
		}
		this.requests++;
		int status = response.getStatus();
		this.byStatus.merge(status, 1L, Long::sum);
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		if (status >= 500) {
			this.serverErrors.add(op + " " + description + ": " + status + " " + abbreviate(body));
		}
		else if (status >= 400) {
			String type = response.getContentType();
			if (type == null || !type.startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE)) {
				this.notProblems.add(op + " " + description + ": " + status + " " + type + " " + abbreviate(body));
			}
			else if (status == 400 && field != null && !namesField(body, field, c.fieldNames())) {
				this.unnamed.add(op + " " + description + ": " + abbreviate(body));
			}
		}
	}

	/**
	 * Whether a 400 names the field: in {@code field}, {@code errors[].field} or its detail (letters and
	 * digits compared, case ignored: "site id" names {@code siteId}). A URL the firewall refused before
	 * any routing names the URL itself, the only thing known then.
	 */
	private static boolean namesField(String body, String field, List<String> others) {
		if (body.contains("https://zaplecze.io/problems/request-rejected")) {
			return true;
		}
		String text = normalized(body);
		String leaf = field.contains(".") ? field.substring(field.lastIndexOf('.') + 1) : field;
		if (text.contains(normalized(field)) || text.contains(normalized(leaf))) {
			return true;
		}
		// A 400 that names another field of the request that is wrong (the fuzzer's baseline cannot
		// satisfy every cross-field rule) still names the field at fault.
		return others.stream().filter(name -> name.length() > 2).anyMatch(name -> text.contains(normalized(name)));
	}

	private static String normalized(String text) {
		return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
	}

	private JsonNode skeleton(@Nullable JsonNode schema, int depth) {
		return skeleton(schema, depth, "");
	}

	private JsonNode skeleton(@Nullable JsonNode schema, int depth, String name) {
		if (schema == null || depth > 6) {
			return NODES.objectNode();
		}
		JsonNode s = this.api.resolve(schema);
		for (String composed : List.of("allOf", "oneOf", "anyOf")) {
			if (s.has(composed) && !s.get(composed).isEmpty()) {
				return skeleton(s.get(composed).get(0), depth + 1, name);
			}
		}
		if (s.has("enum") && !s.get("enum").isEmpty()) {
			return s.get("enum").get(0);
		}
		return switch (OpenApiOperations.type(s)) {
			case "object" -> {
				if (s.path("properties").has("hour") && s.path("properties").has("nano")) {
					yield NODES.stringNode(late(name) ? "17:00:00" : "08:00:00");
				}
				ObjectNode object = NODES.objectNode();
				for (Map.Entry<String, JsonNode> property : s.path("properties").properties()) {
					object.set(property.getKey(), skeleton(property.getValue(), depth + 1, property.getKey()));
				}
				yield object;
			}
			case "array" -> {
				ArrayNode array = NODES.arrayNode();
				array.add(skeleton(s.path("items"), depth + 1, name));
				yield array;
			}
			case "integer" -> NODES.numberNode(s.has("minimum") ? Math.max(1, s.get("minimum").asLong()) : 1);
			case "number" -> NODES.numberNode(1.5);
			case "boolean" -> NODES.booleanNode(false);
			default -> {
				String sample = OpenApiOperations.sample(s);
				String format = s.path("format").asString("");
				if (late(name) && format.equals("date-time")) {
					sample = "2026-12-04T16:00:00Z";
				}
				else if (late(name) && (format.equals("time") || format.equals("partial-time"))) {
					sample = "17:00:00";
				}
				else if (sample.equals("x1") && !name.isEmpty()) {
					// Distinct per field, so rules like "from and to differ" hold in the baseline.
					sample = "x" + (name.hashCode() & 0xfff);
				}
				yield NODES.stringNode(sample);
			}
		};
	}

	/** A field that names the end of a span (its baseline value comes after its start's). */
	private static boolean late(String name) {
		String n = name.toLowerCase(java.util.Locale.ROOT);
		return n.endsWith("end") || n.endsWith("to") || n.startsWith("to") || n.contains("closes") || n.endsWith("until");
	}

	/** Top-level fields and the fields of nested objects ({@code depot.lat}). */
	private static List<String> names(ObjectNode object) {
		List<String> names = new ArrayList<>();
		for (Map.Entry<String, JsonNode> e : object.properties()) {
			names.add(e.getKey());
			if (e.getValue() instanceof ObjectNode nested) {
				for (Map.Entry<String, JsonNode> n : nested.properties()) {
					names.add(e.getKey() + "." + n.getKey());
				}
			}
		}
		return names;
	}

	private static ObjectNode with(ObjectNode object, String field, JsonNode value) {
		ObjectNode copy = object.deepCopy();
		int dot = field.indexOf('.');
		if (dot < 0) {
			copy.set(field, value);
		}
		else if (copy.get(field.substring(0, dot)) instanceof ObjectNode nested) {
			nested.set(field.substring(dot + 1), value);
		}
		return copy;
	}

	private static ObjectNode without(ObjectNode object, String field) {
		ObjectNode copy = object.deepCopy();
		int dot = field.indexOf('.');
		if (dot < 0) {
			copy.remove(field);
		}
		else if (copy.get(field.substring(0, dot)) instanceof ObjectNode nested) {
			nested.remove(field.substring(dot + 1));
		}
		return copy;
	}

	private static byte[] bytes(JsonNode node) {
		return JSON.writeValueAsBytes(node);
	}

	private static String abbreviate(String text) {
		String flat = text.replace("\n", "\\n");
		return flat.length() > 160 ? flat.substring(0, 160) + "… (" + text.length() + " chars)" : flat;
	}

	/** One request: the operation's valid-looking baseline, then one mutation. */
	private final class Case {

		final OpenApiOperations.Operation op;

		final Map<String, String> path = new LinkedHashMap<>();

		final Map<String, String> query = new LinkedHashMap<>();

		final Map<String, String> headers = new LinkedHashMap<>();

		@Nullable MediaType contentType;

		byte @Nullable [] body;

		Case(OpenApiOperations.Operation op) {
			this.op = op;
			for (OpenApiOperations.Parameter p : op.parameters()) {
				String sample = OpenApiOperations.sample(p.schema());
				switch (p.in()) {
					case "path" -> this.path.put(p.name(), sample);
					case "query" -> {
						if (p.required()) {
							this.query.put(p.name(), sample);
						}
					}
					case "header" -> {
						if (p.required()) {
							this.headers.put(p.name(), "fuzz-" + ApiFuzzTests.this.keys.incrementAndGet());
						}
					}
					default -> {
					}
				}
			}
			if (op.mediaType() != null) {
				this.contentType = MediaType.parseMediaType(op.mediaType());
				this.body = op.mediaType().contains("json") ? bytes(skeleton(op.bodySchema(), 0))
						: "sku,name\nFUZZ-1,Fuzz\n".getBytes(StandardCharsets.UTF_8);
			}
		}

		/** The names of the operation's parameters and body fields. */
		List<String> fieldNames() {
			List<String> names = new ArrayList<>(this.op.parameters().stream().map(OpenApiOperations.Parameter::name).toList());
			if (this.op.mediaType() != null && this.op.mediaType().contains("json")
					&& skeleton(this.op.bodySchema(), 0) instanceof ObjectNode object) {
				names.addAll(names(object));
			}
			return names;
		}

		void set(OpenApiOperations.Parameter p, String value) {
			switch (p.in()) {
				case "path" -> this.path.put(p.name(), value);
				case "query" -> this.query.put(p.name(), value);
				case "header" -> this.headers.put(p.name(), value);
				default -> {
				}
			}
		}

		void remove(OpenApiOperations.Parameter p) {
			this.query.remove(p.name());
			this.headers.remove(p.name());
		}

		MockHttpServletRequestBuilder request() {
			List<Object> values = new ArrayList<>();
			String template = this.op.path();
			java.util.regex.Matcher names = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(template);
			while (names.find()) {
				values.add(this.path.getOrDefault(names.group(1), "x1"));
			}
			MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(this.op.method()),
					template, values.toArray());
			this.query.forEach(request::queryParam);
			this.headers.forEach(request::header);
			if (this.contentType != null) {
				request.contentType(this.contentType);
			}
			if (this.body != null) {
				request.content(this.body);
			}
			return request.with(user("fuzz").roles("ADMIN"));
		}

	}

}
