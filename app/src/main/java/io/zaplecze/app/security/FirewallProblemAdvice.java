package io.zaplecze.app.security;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The firewall checks header values when a handler reads them, so its refusal can surface inside
 * Spring MVC: a 400 problem naming the header there too (before the platform's catch-all 500).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class FirewallProblemAdvice {

	@ExceptionHandler(RequestRejectedException.class)
	ResponseEntity<ProblemDetail> rejected(RequestRejectedException ex) {
		return ResponseEntity.badRequest().body(ProblemRequestRejectedHandler.problem(ex));
	}

}
