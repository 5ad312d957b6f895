package io.zaplecze.app.security;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Throttles HTTP Basic logins (placed before Spring Security's Basic filter): a locked user name gets
 * 429 with {@code Retry-After} without its password being checked; a request whose credentials were
 * refused (401) counts a failure, one that passed resets the count.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	private final LoginThrottle throttle;

	private final JsonMapper json;

	LoginThrottleFilter(LoginThrottle throttle, JsonMapper json) {
		this.throttle = throttle;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String username = basicUsername(request.getHeader(HttpHeaders.AUTHORIZATION));
		if (username == null) {
			chain.doFilter(request, response);
			return;
		}
		Duration locked = this.throttle.lockedFor(username);
		if (!locked.isZero()) {
			long seconds = Math.max(1, locked.toSeconds() + (locked.toMillisPart() > 0 ? 1 : 0));
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
					"Too many failed logins for this user; try again in " + seconds + " s.");
			problem.setType(URI.create("https://zaplecze.io/problems/login-locked"));
			problem.setTitle(HttpStatus.TOO_MANY_REQUESTS.getReasonPhrase());
			problem.setProperty("code", "login-locked");
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			this.json.writeValue(response.getOutputStream(), problem);
			return;
		}
		chain.doFilter(request, response);
		if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
			this.throttle.failed(username);
		}
		else {
			this.throttle.succeeded(username);
		}
	}

	/** The user name of a Basic header, or null for none or a malformed one (the Basic filter refuses those). */
	static @Nullable String basicUsername(@Nullable String header) {
		if (header == null || header.length() < 6 || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return (colon > 0) ? decoded.substring(0, colon) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
