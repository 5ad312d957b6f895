package io.zaplecze.tracking.lookup;

import org.junit.jupiter.api.Test;

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
		this.mvc.perform(get("/api/v1/track/abcdefghijklmnopqrst").with(r -> {
			r.setRemoteAddr("10.0.0.1");
			return r;
		})).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PLANNED"));
		this.mvc.perform(get("/api/v1/track/abcdefghijklmnopqrst").with(r -> {
			r.setRemoteAddr("10.0.0.1");
			return r;
		})).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/track/abcdefghijklmnopqrst").with(r -> {
			r.setRemoteAddr("10.0.0.1");
			return r;
		}))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(429));
		this.mvc.perform(get("/api/v1/track/abcdefghijklmnopqrst").with(r -> {
			r.setRemoteAddr("10.0.0.2");
			return r;
		})).andExpect(status().isOk());
	}

	@Test
	void theFastPathAndTheControllerShareTheBucketAndTheHeaders() throws Exception {
		given(this.lookup.lookupJson("shared-bucket-code-1"))
			.willReturn("{\"status\":\"PLANNED\",\"timeline\":[]}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(this.filters).isNotEmpty();
		// answered by the filter
		this.mvc.perform(get("/api/v1/track/shared-bucket-code-1").with(r -> {
			r.setRemoteAddr("10.0.0.4");
			return r;
		}))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_JSON))
			.andExpect(header().string("Cache-Control", "max-age=5, private"))
			.andExpect(jsonPath("$.status").value("PLANNED"));
		// a query string is left to the controller: same answer, same bucket
		this.mvc.perform(get("/api/v1/track/shared-bucket-code-1").param("utm", "mail").with(r -> {
			r.setRemoteAddr("10.0.0.4");
			return r;
		}))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_JSON))
			.andExpect(header().string("Cache-Control", "max-age=5, private"))
			.andExpect(jsonPath("$.status").value("PLANNED"));
		this.mvc.perform(get("/api/v1/track/shared-bucket-code-1").with(r -> {
			r.setRemoteAddr("10.0.0.4");
			return r;
		})).andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"));
		verify(this.lookup, times(2)).lookupJson("shared-bucket-code-1");
	}

	@Test
	void anUnknownCodeIsLookedUpOnceAndTakesOneToken() throws Exception {
		given(this.lookup.lookupJson("unknown-code-654321")).willThrow(new TrackingLookup.TrackingCodeNotFound());
		for (int i = 0; i < 2; i++) {
			this.mvc.perform(get("/api/v1/track/unknown-code-654321").with(r -> {
				r.setRemoteAddr("10.0.0.5");
				return r;
			})).andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("tracking-code-not-found"));
		}
		this.mvc.perform(get("/api/v1/track/unknown-code-654321").with(r -> {
			r.setRemoteAddr("10.0.0.5");
			return r;
		})).andExpect(status().isTooManyRequests());
		verify(this.lookup, times(2)).lookupJson("unknown-code-654321");
	}

	@Test
	void malformedCodesGetTheSameNotFoundProblem() throws Exception {
		given(this.lookup.lookupJson("x%2F..")).willThrow(new TrackingLookup.TrackingCodeNotFound());
		this.mvc.perform(get("/api/v1/track/x%2F..").with(r -> {
			r.setRemoteAddr("10.0.0.6");
			return r;
		}))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("tracking-code-not-found"));
	}

	@Test
	void anUnknownCodeIsANotFoundProblem() throws Exception {
		given(this.lookup.lookupJson("unknown-code-123456")).willThrow(new TrackingLookup.TrackingCodeNotFound());
		this.mvc.perform(get("/api/v1/track/unknown-code-123456").with(r -> {
			r.setRemoteAddr("10.0.0.3");
			return r;
		}))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("tracking-code-not-found"));
	}

}
