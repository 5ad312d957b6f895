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

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(PublicTrackingController.class)
@Import(ProblemDetailsAdvice.class)
@EnableConfigurationProperties(TrackingProperties.class)
@TestPropertySource(properties = { "zaplecze.tracking.lookup.burst=2", "zaplecze.tracking.lookup.requests-per-second=0.01" })
class PublicTrackingControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	TrackingLookup lookup;

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
