package io.zaplecze.app.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The requests of the web console that need no login: its files and client routes (a GET or HEAD
 * outside the server's own paths: the console shows its login screen itself), its configuration,
 * and the road-network basemap tiles (the public customer page shows a small map).
 */
final class WebConsoleRequests {

	private static final List<String> SERVER_PREFIXES = List.of("/api/", "/actuator", "/v3/", "/swagger-ui");

	private static final List<String> PUBLIC_API = List.of("/api/v1/web/config", "/api/v1/routing/network/tiles.json");

	private static final String TILES = "/api/v1/routing/network/tiles/";

	/** Matches the public requests of the console. */
	static final RequestMatcher PUBLIC = WebConsoleRequests::isPublic;

	private WebConsoleRequests() {
	}

	static boolean isPublic(HttpServletRequest request) {
		String method = request.getMethod();
		if (!HttpMethod.GET.matches(method) && !HttpMethod.HEAD.matches(method)) {
			return false;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (PUBLIC_API.contains(path) || path.startsWith(TILES)) {
			return true;
		}
		return SERVER_PREFIXES.stream().noneMatch(path::startsWith);
	}

}
