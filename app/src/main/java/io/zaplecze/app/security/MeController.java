package io.zaplecze.app.security;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the caller is: the web console checks credentials with it and shows the screens of the roles. */
@RestController
@Tag(name = "web console")
class MeController {

	@GetMapping("/api/v1/me")
	@Operation(summary = "The signed-in user's name and roles")
	MeResponse me(Authentication authentication) {
		List<String> roles = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(a -> a != null && a.startsWith("ROLE_"))
			.map(a -> a.substring("ROLE_".length()))
			.sorted()
			.toList();
		return new MeResponse(authentication.getName(), roles);
	}

	/**
	 * @param username the login name
	 * @param roles DISPATCHER, WAREHOUSE, DRIVER and/or ADMIN
	 */
	record MeResponse(String username, List<String> roles) {
	}

}
