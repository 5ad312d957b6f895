package io.zaplecze.platform;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Text with a NUL character and dates outside years 1 to 9999 never reach a module (PostgreSQL would
 * fail on them with a 500): a 400 problem names the field or parameter. Found by the application's
 * API fuzz test.
 */
class RequestTextTests {

	private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new TextController())
		.setControllerAdvice(new ProblemDetailsAdvice())
		.setMessageConverters(
				new JacksonJsonHttpMessageConverter(JsonMapper.builder()
					.addModule(new RequestTextModule())
					.addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class)
					.build()))
		.build();

	@Test
	void refusesANulCharacterInABodyFieldNamingIt() throws Exception {
		this.mvc.perform(post("/notes").contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"a\\u0000b\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("text"))
			.andExpect(jsonPath("$.detail").value("Unreadable request at 'text': text must not contain NUL characters"));
	}

	@Test
	void refusesADateBeyondYear9999EvenGivenAsANumber() throws Exception {
		this.mvc.perform(post("/notes").contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"ok\",\"day\":2147483648}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("day"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("between 0001-01-01 and 9999-12-31")));
	}

	@Test
	void acceptsOrdinaryTextAndDates() throws Exception {
		this.mvc.perform(post("/notes").contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"Zażółć 😀\",\"day\":\"2026-12-04\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.text").value("Zażółć 😀"));
		this.mvc.perform(get("/notes").param("q", "plain")).andExpect(status().isOk());
	}

	@Test
	void refusesANulCharacterInAQueryParameterNamingIt() throws Exception {
		this.mvc.perform(get("/notes").param("q", "a\u0000" + "x".repeat(200)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("q"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("'q' must be text without NUL characters")))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("(202 characters)")));
	}

	@RestController
	static class TextController {

		@PostMapping("/notes")
		Note post(@RequestBody Note note) {
			return note;
		}

		@GetMapping("/notes")
		String find(@RequestParam String q) {
			return q;
		}

	}

	record Note(String text, LocalDate day) {
	}

}
