package io.zaplecze.app.security;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import io.zaplecze.platform.audit.AuditActor;

/**
 * The audit trail's actor: the authenticated user's name (HTTP Basic user or JWT subject), or
 * {@link AuditActor#SYSTEM} for work no request started (start-up, the demo day, listeners).
 */
@Component
class SecurityContextAuditActor implements AuditActor {

	@Override
	public String current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated() || authentication.getName() == null
				|| authentication.getName().isBlank()) {
			return SYSTEM;
		}
		return authentication.getName();
	}

}
