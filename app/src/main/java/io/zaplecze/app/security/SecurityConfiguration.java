package io.zaplecze.app.security;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Who may do what, built from the one {@link AccessPolicy} table (operation → roles); security
 * headers, closed CORS, login throttling and the users of {@code basic} mode. Errors are problem
 * details.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

	/** Passwords of the demo users; refused outside the {@code demo} profile. */
	static final List<String> DEMO_PASSWORDS = List.of("dispatcher", "warehouse", "driver", "frontoffice", "admin");

	/** Paths served by the server itself; GET/HEAD of any other path is the web console's (public files). */
	private static final List<String> SERVER_PREFIXES = List.of("/api/", "/actuator", "/v3/", "/swagger-ui");

	@Bean
	AccessPolicy accessPolicy() {
		return AccessPolicy.load();
	}

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http, SecurityProperties properties, ProblemAuthenticationHandlers problems,
			AccessPolicy policy, HeadersProperties headers, CorsProperties cors, LoginThrottle throttle, JsonMapper json)
			throws Exception {
		http.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.cors(c -> c.configurationSource(corsSource(cors)))
			.headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(headers.contentSecurityPolicy()))
				.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.get(headers.referrerPolicy())))
				.frameOptions(frame -> frame.deny())
				.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", "camera=(), microphone=(), geolocation=()")))
			.authorizeHttpRequests(auth -> {
				// The policy table is the single source of the rules (README, "Security").
				for (AccessPolicy.Rule rule : policy.rules()) {
					List<HttpMethod> methods = (rule.method() == null) ? List.of()
							: (rule.method() == HttpMethod.GET) ? List.of(HttpMethod.GET, HttpMethod.HEAD)
									: List.of(rule.method());
					if (methods.isEmpty()) {
						grant(auth.requestMatchers(rule.path()), rule.access());
					}
					for (HttpMethod method : methods) {
						grant(auth.requestMatchers(method, rule.path()), rule.access());
					}
				}
				// An API operation without a row is for administrators only (and fails AccessPolicyTests).
				auth.requestMatchers("/api/**").hasRole(Role.ADMIN.name())
					.requestMatchers(SecurityConfiguration::consoleFile)
					.permitAll()
					.anyRequest()
					.hasRole(Role.ADMIN.name());
			});
		if (properties.mode() == SecurityProperties.Mode.JWT) {
			http.oauth2ResourceServer(oauth -> oauth.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems)
				.jwt(jwt -> jwt.jwtAuthenticationConverter(rolesFromClaim(properties.rolesClaim()))));
		}
		else {
			http.httpBasic(basic -> basic.authenticationEntryPoint(problems));
			http.addFilterBefore(new LoginThrottleFilter(throttle, json), BasicAuthenticationFilter.class);
		}
		return http.build();
	}

	private static void grant(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizedUrl url, AccessPolicy.Access access) {
		if (access.anyone()) {
			url.permitAll();
		}
		else if (access.anyRole()) {
			url.authenticated();
		}
		else {
			url.hasAnyRole(access.roleNames());
		}
	}

	/** A GET or HEAD of the web console's files and client routes: public, the console shows its own login. */
	static boolean consoleFile(HttpServletRequest request) {
		if (!HttpMethod.GET.matches(request.getMethod()) && !HttpMethod.HEAD.matches(request.getMethod())) {
			return false;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return SERVER_PREFIXES.stream().noneMatch(path::startsWith);
	}

	/** Closed unless origins are listed: then only those, with credentials, for the API's methods and headers. */
	static CorsConfigurationSource corsSource(CorsProperties cors) {
		if (cors.allowedOrigins().isEmpty()) {
			return request -> null;
		}
		CorsConfiguration configuration = new CorsConfiguration();
		configuration.setAllowedOrigins(cors.allowedOrigins());
		configuration.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "DELETE"));
		configuration.setAllowedHeaders(List.of("Authorization", "Content-Type", "Idempotency-Key", "X-Requested-With",
				"Last-Event-ID"));
		configuration.setExposedHeaders(List.of("Location", "Retry-After"));
		configuration.setAllowCredentials(true);
		configuration.setMaxAge(Duration.ofHours(1));
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/**", configuration);
		return source;
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
