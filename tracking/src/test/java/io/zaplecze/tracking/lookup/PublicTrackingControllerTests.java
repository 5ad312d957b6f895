package io.zaplecze.tracking.lookup;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.zaplecze.platform.ProblemDetailsAdvice;
import io.zaplecze.tracking.TrackingProperties;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(PublicTrackingController.class)
@Import({ ProblemDetailsAdvice.class, PublicLookupConfiguration.class })
@EnableConfigurationProperties(TrackingProperties.class)
@TestPropertySource(properties = { "zaplecze.tracking.lookup.burst=2", "zaplecze.tracking.lookup.requests-per-second=0.01" })
class PublicTrackingControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	TrackingLookup lookup;

	@Autowired
	java.util.List<org.springframework.boot.web.servlet.FilterRegistrationBean<PublicTrackingFilter>> filters;

	@Test
	void answersWithStatusAndThenRateLimitsTheAddress() throws Exception {
		given(this.lookup.lookupJson("abcdefghijklmnopqrst"))
			.willReturn("{\"status\":\"PLANNED\",\"timeline\":[]}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		this.mvc.perform(from(get("/api/v1/track/abcdefghijklmnopqrst"), "10.0.0.1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PLANNED"));
		this.mvc.perform(from(get("/api/v1/track/abcdefghijklmnopqrst"), "10.0.0.1")).andExpect(status().isOk());
		this.mvc.perform(from(get("/api/v1/track/abcdefghijklmnopqrst"), "10.0.0.1"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(429));
		this.mvc.perform(from(get("/api/v1/track/abcdefghijklmnopqrst"), "10.0.0.2")).andExpect(status().isOk());
	}

	@Test
	void theFastPathAndTheControllerShareTheBucketAndTheHeaders() throws Exception {
		given(this.lookup.lookupJson("shared-bucket-code-1"))
			.willReturn("{\"status\":\"PLANNED\",\"timeline\":[]}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(this.filters).isNotEmpty();
		// answered by the filter
		this.mvc.perform(from(get("/api/v1/track/shared-bucket-code-1"), "10.0.0.4"))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_JSON))
			.andExpect(header().string("Cache-Control", "max-age=5, private"))
			.andExpect(jsonPath("$.status").value("PLANNED"));
		// a query string is left to the controller: same answer, same bucket
		this.mvc.perform(from(get("/api/v1/track/shared-bucket-code-1").param("utm", "mail"), "10.0.0.4"))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_JSON))
			.andExpect(header().string("Cache-Control", "max-age=5, private"))
			.andExpect(jsonPath("$.status").value("PLANNED"));
		this.mvc.perform(from(get("/api/v1/track/shared-bucket-code-1"), "10.0.0.4"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"));
		verify(this.lookup, times(2)).lookupJson("shared-bucket-code-1");
	}

	@Test
	void anUnknownCodeIsLookedUpOnceAndTakesOneToken() throws Exception {
		given(this.lookup.lookupJson("unknown-code-654321")).willThrow(new TrackingLookup.TrackingCodeNotFound());
		for (int i = 0; i < 2; i++) {
			this.mvc.perform(from(get("/api/v1/track/unknown-code-654321"), "10.0.0.5"))
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$.code").value("tracking-code-not-found"));
		}
		this.mvc.perform(from(get("/api/v1/track/unknown-code-654321"), "10.0.0.5")).andExpect(status().isTooManyRequests());
		verify(this.lookup, times(2)).lookupJson("unknown-code-654321");
	}

	@ParameterizedTest
	@ValueSource(strings = { "unknown-code-123456", "x%2F.." })
	void unknownAndMalformedCodesGetTheSameNotFoundProblem(String code) throws Exception {
		given(this.lookup.lookupJson(code)).willThrow(new TrackingLookup.TrackingCodeNotFound());
		this.mvc.perform(from(get("/api/v1/track/" + code), "10.0.0.3"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("tracking-code-not-found"));
	}

	/** The request as if sent from {@code address} (the limiter keys on it). */
	private static MockHttpServletRequestBuilder from(MockHttpServletRequestBuilder request, String address) {
		return request.with(r -> {
			r.setRemoteAddr(address);
			return r;
		});
	}

}
