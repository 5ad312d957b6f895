package io.zaplecze.tracking.lookup;

import java.net.URI;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import io.zaplecze.tracking.TrackingProperties;

import org.springframework.http.CacheControl;
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
 */
@RestController
class PublicTrackingController {

	private final TrackingLookup lookup;

	private final ClientRateLimiter limiter;

	PublicTrackingController(TrackingLookup lookup, TrackingProperties properties) {
		this.lookup = lookup;
		this.limiter = new ClientRateLimiter(properties.lookup().requestsPerSecond(), properties.lookup().burst());
	}

	@GetMapping("/api/v1/track/{code}")
	@ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TrackingLookup.PublicTracking.class)))
	ResponseEntity<?> track(@PathVariable String code, HttpServletRequest request) {
		if (!this.limiter.tryAcquire(request.getRemoteAddr(), System.nanoTime())) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
					"Too many tracking lookups from this address; try again shortly.");
			problem.setType(URI.create("https://zaplecze.io/problems/too-many-lookups"));
			problem.setTitle("Too Many Requests");
			return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
				.header(HttpHeaders.RETRY_AFTER, Long.toString(this.limiter.retryAfterSeconds()))
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(5, TimeUnit.SECONDS).cachePrivate())
			.contentType(MediaType.APPLICATION_JSON)
			.body(this.lookup.lookupJson(code));
	}

}
