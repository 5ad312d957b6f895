package io.zaplecze.app.security;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may do what. Rules follow the modules' URL spaces ({@code /api/v1/<module>/...}): staff may
 * read what their work touches, only the owning role (or ADMIN) may change it. Health, the API
 * documents and the customer tracking lookup are public. Errors are problem details.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

	/** Passwords of the demo users; refused outside the {@code demo} profile. */
	static final List<String> DEMO_PASSWORDS = List.of("dispatcher", "warehouse", "driver", "admin");

	private static final String DISPATCHER = Role.DISPATCHER.name();

	private static final String WAREHOUSE = Role.WAREHOUSE.name();

	private static final String DRIVER = Role.DRIVER.name();

	private static final String ADMIN = Role.ADMIN.name();

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http, SecurityProperties properties, ProblemAuthenticationHandlers problems)
			throws Exception {
		http.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.authorizeHttpRequests(auth -> auth
				.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
				.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html",
						"/swagger-ui/**", "/docs/**").permitAll()
				.requestMatchers("/api/v1/track/**").permitAll()
				.requestMatchers("/", "/index.html", "/ui/**", "/favicon.ico", "/error").permitAll()
				.requestMatchers(HttpMethod.GET, "/api/v1/inventory/**").hasAnyRole(DISPATCHER, WAREHOUSE, ADMIN)
				.requestMatchers("/api/v1/inventory/**").hasAnyRole(WAREHOUSE, ADMIN)
				.requestMatchers(HttpMethod.GET, "/api/v1/warehouse/**").hasAnyRole(DISPATCHER, WAREHOUSE, ADMIN)
				.requestMatchers("/api/v1/warehouse/orders", "/api/v1/warehouse/orders/**", "/api/v1/warehouse/imports/orders")
				.hasAnyRole(DISPATCHER, WAREHOUSE, ADMIN)
				.requestMatchers("/api/v1/warehouse/**").hasAnyRole(WAREHOUSE, ADMIN)
				.requestMatchers(HttpMethod.GET, "/api/v1/routing/**").hasAnyRole(DISPATCHER, WAREHOUSE, DRIVER, ADMIN)
				.requestMatchers("/api/v1/routing/**").hasAnyRole(DISPATCHER, ADMIN)
				.requestMatchers(HttpMethod.GET, "/api/v1/tracking/**").hasAnyRole(DISPATCHER, WAREHOUSE, ADMIN)
				.requestMatchers("/api/v1/tracking/**").hasAnyRole(DISPATCHER, ADMIN)
				.requestMatchers(HttpMethod.PUT, "/api/v1/reporting/damage-reports/**").hasAnyRole(DISPATCHER, DRIVER, ADMIN)
				.requestMatchers("/api/v1/reporting/**").hasAnyRole(DISPATCHER, WAREHOUSE, ADMIN)
				.anyRequest().hasRole(ADMIN));
		if (properties.mode() == SecurityProperties.Mode.JWT) {
			http.oauth2ResourceServer(oauth -> oauth.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems)
				.jwt(jwt -> jwt.jwtAuthenticationConverter(rolesFromClaim(properties.rolesClaim()))));
		}
		else {
			http.httpBasic(basic -> basic.authenticationEntryPoint(problems));
		}
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	UserDetailsService users(SecurityProperties properties, PasswordEncoder encoder, Environment environment) {
		boolean demo = environment.acceptsProfiles(Profiles.of("demo"));
		InMemoryUserDetailsManager manager = new InMemoryUserDetailsManager();
		for (SecurityProperties.User user : properties.users()) {
			String hash = user.password().startsWith("{bcrypt}") ? user.password().substring("{bcrypt}".length())
					: user.password();
			if (!hash.startsWith("$2")) {
				throw new IllegalStateException("zaplecze.security.users: the password of '" + user.username()
						+ "' must be a bcrypt hash, never plain text");
			}
			if (!demo && DEMO_PASSWORDS.stream().anyMatch(p -> encoder.matches(p, hash))) {
				throw new IllegalStateException("zaplecze.security.users: '" + user.username()
						+ "' uses a demo password; demo passwords work only in the 'demo' profile");
			}
			manager.createUser(User.withUsername(user.username())
				.password(hash)
				.roles(user.roles().stream().map(Role::name).toArray(String[]::new))
				.build());
		}
		if (properties.users().isEmpty() && properties.mode() == SecurityProperties.Mode.BASIC) {
			log.warn("No users configured (zaplecze.security.users): only public endpoints can be used");
		}
		return manager;
	}

	private static JwtAuthenticationConverter rolesFromClaim(String claim) {
		JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
		authorities.setAuthoritiesClaimName(claim);
		authorities.setAuthorityPrefix("ROLE_");
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(authorities);
		return converter;
	}

}
