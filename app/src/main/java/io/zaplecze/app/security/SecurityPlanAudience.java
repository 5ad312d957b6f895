package io.zaplecze.app.security;

import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import io.zaplecze.routing.PlanAudience;

/**
 * Tells routing whether the caller is a driver, who sees only their vehicle's route: a user with the
 * DRIVER role and no staff role (DISPATCHER, WAREHOUSE, ADMIN), who see every route.
 */
@Component
class SecurityPlanAudience implements PlanAudience {

	private static final Set<String> STAFF = Set.of("ROLE_" + Role.DISPATCHER, "ROLE_" + Role.WAREHOUSE,
			"ROLE_" + Role.ADMIN);

	@Override
	public Optional<String> driverOnly() {
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		if (caller == null || !caller.isAuthenticated()) {
			return Optional.empty();
		}
		Set<String> roles = caller.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(java.util.stream.Collectors.toSet());
		boolean driver = roles.contains("ROLE_" + Role.DRIVER);
		boolean staff = roles.stream().anyMatch(STAFF::contains);
		return (driver && !staff) ? Optional.of(caller.getName()) : Optional.empty();
	}

}
