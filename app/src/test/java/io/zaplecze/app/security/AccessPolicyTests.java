package io.zaplecze.app.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.pattern.PathPatternParser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The policy table is the HTTP security: every operation of the OpenAPI document has a row, and calling
 * it anonymously and as every role is allowed or refused exactly as the row says (401 anonymous, 403 a
 * role without the right; any other status means the call passed security). The README shows the table.
 */
class AccessPolicyTests extends SecuredApplicationTest {

	private final AccessPolicy policy = AccessPolicy.load();

	@Test
	void everyOperationHasARowAndIsAllowedOrRefusedAsItSays() throws Exception {
		OpenApiOperations api = new OpenApiOperations(
				this.mvc.perform(MockMvcRequestBuilders.get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
		assertThat(api.all()).hasSizeGreaterThan(100);
		List<String> missing = new ArrayList<>();
		List<String> wrong = new ArrayList<>();
		int calls = 0;
		for (OpenApiOperations.Operation op : api.all()) {
			String path = op.expand(Map.of());
			AccessPolicy.Rule rule = this.policy.ruleFor(op.method(), path).orElse(null);
			if (rule == null || !(sameTemplate(rule.path(), op.path()) || rule.path().endsWith("/**"))) {
				missing.add(op.toString());
				continue;
			}
			List<@Nullable Role> callers = new ArrayList<>(Arrays.asList(Role.values()));
			callers.add(0, null);
			for (Role role : callers) {
				int status = call(op, path, role).getStatus();
				calls++;
				boolean allowed = rule.access().allows(role);
				int refused = (role == null) ? 401 : 403;
				if (allowed ? (status == 401 || status == 403) : status != refused) {
					wrong.add(op + " as " + (role == null ? "anonymous" : role) + ": " + status + ", table says "
							+ rule.access());
				}
			}
		}
		List<String> unused = this.policy.rules()
			.stream()
			.filter(r -> r.path().startsWith("/api/"))
			.filter(r -> api.all().stream().noneMatch(op -> matches(r, op)))
			.map(r -> (r.method() == null ? "*" : r.method().name()) + " " + r.path())
			.toList();
		System.out.printf("Access policy: %d operations, %d calls (anonymous + %d roles each); rows for operations"
				+ " this build does not have (other branches): %s%n", api.all().size(), calls, Role.values().length, unused);
		assertThat(missing).as("operations without a row in " + AccessPolicy.LOCATION).isEmpty();
		assertThat(wrong).as("calls that did not get what the policy table says").isEmpty();
	}

	@Test
	void theReadmeShowsThePolicyTable() throws IOException {
		String table;
		try (var in = AccessPolicy.class.getClassLoader().getResourceAsStream(AccessPolicy.LOCATION)) {
			table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		String readme = Files.readString(Path.of("..", "README.md"));
		assertThat(readme).as("README.md, section Security, must contain " + AccessPolicy.LOCATION + " verbatim")
			.contains(table.strip());
	}

	@Test
	void aMalformedTableStopsTheStart() {
		org.assertj.core.api.Assertions.assertThatIllegalStateException()
			.isThrownBy(() -> AccessPolicy.parse("| GET | `/api/v1/x` | CLERK |"))
			.withMessageContaining("unknown role 'CLERK'");
		org.assertj.core.api.Assertions.assertThatIllegalStateException()
			.isThrownBy(() -> AccessPolicy.parse("| GET | `/api/v1/x` | ADMIN |\n| GET | `/api/v1/x` | public |"))
			.withMessageContaining("a second row");
	}

	private MockHttpServletResponse call(OpenApiOperations.Operation op, String path, @Nullable Role role)
			throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(op.method()), path);
		for (OpenApiOperations.Parameter query : op.in("query")) {
			if (query.required()) {
				request.queryParam(query.name(), OpenApiOperations.sample(query.schema()));
			}
		}
		for (OpenApiOperations.Parameter header : op.in("header")) {
			if (header.required()) {
				request.header(header.name(), "policy-walk-" + System.nanoTime());
			}
		}
		if (op.mediaType() != null) {
			request.contentType(MediaType.parseMediaType(op.mediaType()))
				.content(op.mediaType().contains("json") ? "{}" : "");
		}
		if (role != null) {
			request.with(user("policy-" + role.name().toLowerCase(java.util.Locale.ROOT)).roles(role.name()));
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

	private static boolean sameTemplate(String a, String b) {
		return a.replaceAll("\\{[^}]+}", "{}").equals(b.replaceAll("\\{[^}]+}", "{}"));
	}

	private static boolean matches(AccessPolicy.Rule rule, OpenApiOperations.Operation op) {
		boolean method = rule.method() == null || rule.method().matches(op.method());
		return method && (sameTemplate(rule.path(), op.path()) || PathPatternParser.defaultInstance.parse(rule.path())
			.matches(org.springframework.http.server.PathContainer.parsePath(op.expand(Map.of()))));
	}

	static Map<String, Long> countBy(List<Integer> statuses) {
		return statuses.stream()
			.collect(Collectors.groupingBy(String::valueOf, LinkedHashMap::new, Collectors.counting()));
	}

}
