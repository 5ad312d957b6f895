package io.zaplecze.app.security;

import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may call the API, under {@code zaplecze.security}.
 *
 * @param mode {@code basic}: users below with bcrypt passwords over HTTP Basic; {@code jwt}: an
 * OAuth2 resource server validating bearer tokens (configure
 * {@code spring.security.oauth2.resourceserver.jwt.*})
 * @param users the users of {@code basic} mode; none by default
 * @param rolesClaim in {@code jwt} mode, the token claim holding the role names
 */
@ConfigurationProperties("zaplecze.security")
public record SecurityProperties(@DefaultValue("basic") Mode mode, @DefaultValue List<User> users,
		@DefaultValue("roles") String rolesClaim) {

	/** How callers authenticate. */
	public enum Mode {

		/** HTTP Basic against {@link SecurityProperties#users()}. */
		BASIC,

		/** Bearer JWTs from an identity provider. */
		JWT

	}

	/**
	 * A user of {@code basic} mode.
	 *
	 * @param username login name
	 * @param password the password as a bcrypt hash, optionally prefixed {@code {bcrypt}}; never plain text
	 * @param roles any of DISPATCHER, WAREHOUSE, DRIVER, ADMIN
	 */
	public record User(String username, String password, Set<Role> roles) {
	}

}
