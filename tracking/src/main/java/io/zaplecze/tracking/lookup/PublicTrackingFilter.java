package io.zaplecze.tracking.lookup;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.zaplecze.tracking.shipment.TrackingCodes;

import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * The hot path of the public lookup: a {@code GET} of a known code is answered here with the
 * pre-rendered JSON, without the dispatcher, handler mapping, argument resolution, content negotiation
 * and message converters, which cost more CPU than everything else a cached answer needs. Anything
 * else (refused by the limiter, unknown or expired code, other methods or shapes) continues to
 * {@link PublicTrackingController}, which renders the problem details the usual way; the decisions
 * already made here travel with the request so no token is taken and no code looked up twice.
 * Registered after the security filter chain, so the public-path rules and security headers still apply.
 */
final class PublicTrackingFilter implements Filter {

	static final String PATH = "/api/v1/track/";

	/** Request attribute: the limiter's decision for this request, already taken here (Boolean). */
	static final String ALLOWED = PublicTrackingFilter.class.getName() + ".allowed";

	/** Request attribute: this filter already found that the code matches nothing (Boolean). */
	static final String NOT_FOUND = PublicTrackingFilter.class.getName() + ".notFound";

	static final String CACHE_CONTROL = "max-age=5, private";

	private final TrackingLookup lookup;

	private final ClientRateLimiter limiter;

	PublicTrackingFilter(TrackingLookup lookup, ClientRateLimiter limiter) {
		this.lookup = lookup;
		this.limiter = limiter;
	}

	@Override
	public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
		HttpServletRequest request = (HttpServletRequest) req;
		String code = code(request);
		if (code == null) {
			chain.doFilter(req, res);
			return;
		}
		if (!this.limiter.tryAcquire(request.getRemoteAddr(), System.nanoTime())) {
			request.setAttribute(ALLOWED, Boolean.FALSE);
			chain.doFilter(req, res); // the controller answers 429
			return;
		}
		request.setAttribute(ALLOWED, Boolean.TRUE);
		byte[] json;
		try {
			json = this.lookup.lookupJson(code);
		}
		catch (TrackingLookup.TrackingCodeNotFound ex) {
			request.setAttribute(NOT_FOUND, Boolean.TRUE);
			chain.doFilter(req, res);
			return;
		}
		// metrics (in the application) tag the request with the mapping the dispatcher would have found
		ServerHttpObservationFilter.findObservationContext(request)
			.ifPresent(context -> context.setPathPattern("/api/v1/track/{code}"));
		HttpServletResponse response = (HttpServletResponse) res;
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType("application/json");
		response.setHeader("Cache-Control", CACHE_CONTROL);
		response.setContentLength(json.length);
		response.getOutputStream().write(json);
	}

	/** The code of a plain {@code GET /api/v1/track/{code}}, or null for anything this filter leaves alone. */
	private static String code(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) || request.getQueryString() != null) {
			return null;
		}
		String uri = request.getRequestURI();
		String prefix = request.getContextPath() + PATH;
		if (!uri.startsWith(prefix)) {
			return null;
		}
		String code = uri.substring(prefix.length());
		return TrackingCodes.plausible(code) ? code : null; // plausible codes hold no '/', '%' or ';'
	}

}
