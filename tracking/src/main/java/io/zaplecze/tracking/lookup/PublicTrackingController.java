package io.zaplecze.tracking.lookup;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public customer lookup {@code GET /api/v1/track/{code}}, rate-limited per client address with a
 * token bucket (429 problem detail with {@code Retry-After}). The client address is the connection's
 * remote address; behind a proxy, set {@code server.forward-headers-strategy} so it is the customer's.
 * Cached answers of known codes are served by {@link PublicTrackingFilter} before the dispatcher; this
 * controller documents the endpoint and answers the rest (problems, and requests the filter leaves alone).
 */
@RestController
class PublicTrackingController {

	private final TrackingLookup lookup;

	private final ClientRateLimiter limiter;

	PublicTrackingController(TrackingLookup lookup, ClientRateLimiter limiter) {
		this.lookup = lookup;
		this.limiter = limiter;
	}

	@GetMapping("/api/v1/track/{code}")
	@ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TrackingLookup.PublicTracking.class)))
	ResponseEntity<?> track(@PathVariable String code, HttpServletRequest request) {
		// PublicTrackingFilter answers the common case; what it passes on may carry its decisions
		Boolean allowed = (Boolean) request.getAttribute(PublicTrackingFilter.ALLOWED);
		if (allowed == null) {
			allowed = this.limiter.tryAcquire(request.getRemoteAddr(), System.nanoTime());
		}
		if (!allowed) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
					"Too many tracking lookups from this address; try again shortly.");
			problem.setType(URI.create("https://zaplecze.io/problems/too-many-lookups"));
			problem.setTitle("Too Many Requests");
			return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
				.header(HttpHeaders.RETRY_AFTER, Long.toString(this.limiter.retryAfterSeconds()))
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
		if (request.getAttribute(PublicTrackingFilter.NOT_FOUND) != null) {
			throw new TrackingLookup.TrackingCodeNotFound();
		}
		return ResponseEntity.ok()
			.header(HttpHeaders.CACHE_CONTROL, PublicTrackingFilter.CACHE_CONTROL)
			.contentType(MediaType.APPLICATION_JSON)
			.body(this.lookup.lookupJson(code));
	}

}
