package io.zaplecze.app.security;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** What Spring Security's firewall refuses is a 400 problem naming the header (it was a 500; found by ApiFuzzTests). */
class RequestRejectedTests extends SecuredApplicationTest {

	@Test
	void aHeaderWithControlCharactersIsA400ProblemNamingIt() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(post("/api/v1/inventory/expired-lots/scrap").header("Idempotency-Key", "\t\n")
				.with(user("w").roles("WAREHOUSE")))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString()).contains("\"field\":\"Idempotency-Key\"");
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
	}

	@Test
	void aUrlWithAnEncodedSlashIsA400Problem() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get("/api/v1/inventory/products/a%2F..%2Fb").with(user("w").roles("WAREHOUSE")))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentType()).startsWith("application/problem+json");
	}

}
