package io.zaplecze.platform;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every error leaves as an RFC 9457 problem detail with a status that matches its kind. */
class ProblemDetailsAdviceTests {

	private final MockMvc mvc;

	ProblemDetailsAdviceTests() {
		LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
		validator.afterPropertiesSet();
		this.mvc = MockMvcBuilders.standaloneSetup(new SampleController())
			.setControllerAdvice(new ProblemDetailsAdvice())
			.setValidator(validator)
			.build();
	}

	@Test
	void mapsDomainFailureKindsToStatusAndCode() throws Exception {
		this.mvc.perform(get("/missing"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("thing-not-found"))
			.andExpect(jsonPath("$.type").value("https://zaplecze.io/problems/thing-not-found"));
	}

	@Test
	void listsInvalidBodyFields() throws Exception {
		this.mvc.perform(post("/things").contentType(MediaType.APPLICATION_JSON).content("{\"quantity\":0}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("quantity"));
	}

	@Test
	void listsInvalidHeaders() throws Exception {
		this.mvc.perform(post("/things").header("Idempotency-Key", "x".repeat(300))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"quantity\":1}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("key"));
	}

	@Test
	void saysWhereAndWhyABodyCannotBeRead() throws Exception {
		this.mvc.perform(post("/places").contentType(MediaType.APPLICATION_JSON)
			.content("{\"stops\":[{\"lat\":52.2,\"lon\":21.0},{\"lat\":95,\"lon\":21.0}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.field").value("stops[1]"))
			.andExpect(jsonPath("$.detail").value("Unreadable request at 'stops[1]': Position out of range: lat 95.0, lon 21.0"));
		this.mvc.perform(post("/things").contentType(MediaType.APPLICATION_JSON).content("{\"quantity\":\"many\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("quantity"))
			.andExpect(jsonPath("$.detail").value("Unreadable request at 'quantity': a value has the wrong type or format"));
		this.mvc.perform(post("/things").contentType(MediaType.APPLICATION_JSON).content("{\"quantity\":"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://zaplecze.io/problems/unreadable-body"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Unreadable request")));
	}

	@Test
	void saysWhatAParameterMustLookLike() throws Exception {
		this.mvc.perform(get("/days/{day}", "yesterday").param("limit", "ten"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("https://zaplecze.io/problems/invalid-parameter"))
			.andExpect(jsonPath("$.field").value("day"))
			.andExpect(jsonPath("$.detail").value("'day' must be an ISO date such as 2026-11-27, not 'yesterday'"));
		this.mvc.perform(get("/days/{day}", "2026-11-27").param("limit", "ten"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("'limit' must be a whole number, not 'ten'"));
	}

	@Test
	void hidesUnexpectedErrors() throws Exception {
		this.mvc.perform(get("/boom"))
			.andExpect(status().isInternalServerError())
			.andExpect(jsonPath("$.detail").value("An unexpected error occurred; it has been logged."));
	}

	record ThingRequest(@Positive int quantity) {
	}

	record PlacesRequest(java.util.List<GeoPoint> stops) {
	}

	static final class ThingNotFound extends DomainFailure {

		ThingNotFound() {
			super(Kind.NOT_FOUND, "No such thing");
		}

	}

	@RestController
	static class SampleController {

		@GetMapping("/missing")
		void missing() {
			throw new ThingNotFound();
		}

		@GetMapping("/boom")
		void boom() {
			throw new IllegalStateException("secret internals");
		}

		@PostMapping("/things")
		void create(@RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 200) String key,
				@Valid @RequestBody ThingRequest request) {
		}

		@GetMapping("/days/{day}")
		void day(@org.springframework.web.bind.annotation.PathVariable java.time.LocalDate day,
				@org.springframework.web.bind.annotation.RequestParam(defaultValue = "1") int limit) {
		}

		@PostMapping("/places")
		void places(@RequestBody PlacesRequest request) {
		}

	}

}
