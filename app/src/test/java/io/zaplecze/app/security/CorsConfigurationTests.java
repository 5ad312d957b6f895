package io.zaplecze.app.security;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.filter.CorsFilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** CORS: only listed origins, never a wildcard; closed without a list (Spring's own CORS filter on our source). */
class CorsConfigurationTests {

	@Test
	void aListedOriginPassesThePreflightOthersDoNot() throws Exception {
		CorsFilter filter = new CorsFilter(
				SecurityConfiguration.corsSource(new CorsProperties(List.of("https://console.example.com"))));
		MockHttpServletResponse allowed = preflight(filter, "https://console.example.com");
		assertThat(allowed.getStatus()).isEqualTo(200);
		assertThat(allowed.getHeader("Access-Control-Allow-Origin")).isEqualTo("https://console.example.com");
		assertThat(allowed.getHeader("Access-Control-Allow-Credentials")).isEqualTo("true");
		MockHttpServletResponse other = preflight(filter, "https://evil.example");
		assertThat(other.getStatus()).isEqualTo(403);
		assertThat(other.getHeader("Access-Control-Allow-Origin")).isNull();
	}

	@Test
	void withoutAListNoOriginIsAllowed() throws Exception {
		CorsFilter filter = new CorsFilter(SecurityConfiguration.corsSource(new CorsProperties(List.of())));
		assertThat(preflight(filter, "https://console.example.com").getHeader("Access-Control-Allow-Origin")).isNull();
	}

	@Test
	void refusesWildcardsAndPaths() {
		assertThatIllegalArgumentException().isThrownBy(() -> new CorsProperties(List.of("*")));
		assertThatIllegalArgumentException().isThrownBy(() -> new CorsProperties(List.of("https://a.example/app")));
	}

	private static MockHttpServletResponse preflight(CorsFilter filter, String origin) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("OPTIONS", "/api/v1/routing/plans");
		request.addHeader("Origin", origin);
		request.addHeader("Access-Control-Request-Method", "POST");
		request.addHeader("Access-Control-Request-Headers", "Authorization, Content-Type");
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, new MockFilterChain());
		return response;
	}

}
