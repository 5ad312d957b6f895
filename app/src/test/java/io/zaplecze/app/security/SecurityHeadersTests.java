package io.zaplecze.app.security;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;

/** Security headers on every kind of response, CORS closed by default, actuator beyond health and info for ADMIN. */
class SecurityHeadersTests extends SecuredApplicationTest {

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/health", "/v3/api-docs", "/swagger-ui/index.html", "/api/v1/routing/plans",
			"/api/v1/track/no-such-code", "/no/such/page" })
	void everyResponseCarriesTheSecurityHeaders(String path) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(path)).andReturn().getResponse();
		String csp = response.getHeader("Content-Security-Policy");
		assertThat(csp).as(path).isNotNull();
		assertThat(List.of(csp.split(";\\s*"))).contains("default-src 'self'", "script-src 'self'",
				"worker-src 'self' blob:", "img-src 'self' data: blob:", "connect-src 'self'", "frame-ancestors 'none'",
				"object-src 'none'");
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
		assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
		assertThat(response.getHeader("Permissions-Policy")).contains("geolocation=()");
	}

	@Test
	void swaggerUiWorksUnderThePolicy() throws Exception {
		MockHttpServletResponse page = this.mvc.perform(get("/swagger-ui/index.html")).andReturn().getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		// script-src 'self' without 'unsafe-inline': Swagger UI may load scripts only from files.
		assertThat(page.getContentAsString()).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
		assertThat(this.mvc.perform(get("/swagger-ui/swagger-initializer.js")).andReturn().getResponse().getStatus())
			.isEqualTo(200);
		assertThat(this.mvc.perform(get("/v3/api-docs/swagger-config")).andReturn().getResponse().getStatus())
			.isEqualTo(200);
	}

	@Test
	void corsIsClosedByDefault() throws Exception {
		MockHttpServletResponse preflight = this.mvc
			.perform(options("/api/v1/routing/plans").header("Origin", "https://elsewhere.example")
				.header("Access-Control-Request-Method", "GET"))
			.andReturn()
			.getResponse();
		// Without Access-Control-Allow-* the browser refuses the cross-origin call.
		assertThat(preflight.getHeaderNames()).noneMatch(name -> name.startsWith("Access-Control-Allow"));
		MockHttpServletResponse read = this.mvc
			.perform(get("/api/v1/routing/vehicles").header("Origin", "https://elsewhere.example")
				.with(user("cors").roles("DISPATCHER")))
			.andReturn()
			.getResponse();
		assertThat(read.getHeader("Access-Control-Allow-Origin")).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/prometheus", "/actuator/modulith", "/actuator/env", "/actuator/beans" })
	void actuatorBeyondHealthAndInfoNeedsAdmin(String path) throws Exception {
		assertThat(status(get(path))).isEqualTo(401);
		for (String role : List.of("DISPATCHER", "WAREHOUSE", "DRIVER", "FRONT_OFFICE")) {
			assertThat(status(get(path).with(user("ops").roles(role)))).as(path + " as " + role).isEqualTo(403);
		}
		assertThat(status(get(path).with(user("ops").roles("ADMIN")))).as(path + " as ADMIN").isNotIn(401, 403);
	}

	@Test
	void healthAndInfoArePublic() throws Exception {
		assertThat(status(get("/actuator/health"))).isEqualTo(200);
		assertThat(status(get("/actuator/health/liveness"))).isEqualTo(200);
		assertThat(status(get("/actuator/info"))).isEqualTo(200);
	}

	private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

}
