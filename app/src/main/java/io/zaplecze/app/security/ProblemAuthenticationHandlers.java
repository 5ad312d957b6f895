package io.zaplecze.app.security;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/** 401 and 403 as RFC 9457 problem details, like every other error of the API. */
@Component
class ProblemAuthenticationHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final JsonMapper json;

	private final SecurityProperties properties;

	ProblemAuthenticationHandlers(JsonMapper json, SecurityProperties properties) {
		this.json = json;
		this.properties = properties;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		// The web console asks with X-Requested-With: no challenge, so the browser shows no login dialog of its own.
		if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
			response.setHeader("WWW-Authenticate",
					this.properties.mode() == SecurityProperties.Mode.JWT ? "Bearer" : "Basic realm=\"zaplecze\"");
		}
		write(response, HttpStatus.UNAUTHORIZED, "unauthorized", "Authentication is required to access this resource.");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		write(response, HttpStatus.FORBIDDEN, "forbidden", "Your role does not allow this operation.");
	}

	private void write(HttpServletResponse response, HttpStatus status, String code, String detail)
			throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("https://zaplecze.io/problems/" + code));
		problem.setTitle(status.getReasonPhrase());
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		this.json.writeValue(response.getOutputStream(), problem);
	}

}
