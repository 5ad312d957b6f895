package io.zaplecze.app.security;

import java.io.IOException;
import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * A request Spring Security's firewall refuses (control characters in a header, an encoded slash or
 * NUL in the URL, …) is a 400 problem detail naming the header, not a 500.
 */
@Component
class ProblemRequestRejectedHandler implements RequestRejectedHandler {

	private static final Pattern HEADER = Pattern.compile("header(?: name)?: \"([^\"]{1,100})\"");

	private final JsonMapper json;

	ProblemRequestRejectedHandler(JsonMapper json) {
		this.json = json;
	}

	/** The problem for a refused request: names the header when the firewall says which. */
	static ProblemDetail problem(RequestRejectedException ex) {
		Matcher header = HEADER.matcher(String.valueOf(ex.getMessage()));
		String field = header.find() ? header.group(1).strip() : null;
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, (field != null)
				? "The header '" + field + "' has characters that are not allowed (control characters, or blanks around it)."
				: "The request's URL has characters or sequences that are not allowed (encoded slashes, NUL, '..', ';').");
		problem.setType(URI.create("https://zaplecze.io/problems/request-rejected"));
		problem.setTitle(HttpStatus.BAD_REQUEST.getReasonPhrase());
		if (field != null) {
			problem.setProperty("field", field);
		}
		return problem;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException ex)
			throws IOException {
		ProblemDetail problem = problem(ex);
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		this.json.writeValue(response.getOutputStream(), problem);
	}

}
