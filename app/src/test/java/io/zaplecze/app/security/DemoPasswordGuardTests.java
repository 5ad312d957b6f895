package io.zaplecze.app.security;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** Demo passwords work only in the demo profile; plain-text passwords never. */
class DemoPasswordGuardTests {

	private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(4);

	private final SecurityConfiguration configuration = new SecurityConfiguration();

	@Test
	void refusesADemoPasswordOutsideTheDemoProfile() {
		var properties = withUser(this.encoder.encode("admin"));
		assertThatIllegalStateException()
			.isThrownBy(() -> this.configuration.users(properties, this.encoder, new MockEnvironment()))
			.withMessageContaining("demo password");
	}

	@Test
	void acceptsADemoPasswordInTheDemoProfile() {
		var properties = withUser(this.encoder.encode("admin"));
		MockEnvironment demo = new MockEnvironment();
		demo.setActiveProfiles("demo");
		assertThat(this.configuration.users(properties, this.encoder, demo).loadUserByUsername("boss").getAuthorities())
			.extracting(Object::toString)
			.containsExactly("ROLE_ADMIN");
	}

	@Test
	void acceptsAnOwnPasswordInAnyProfile() {
		var properties = withUser("{bcrypt}" + this.encoder.encode("a long and private phrase"));
		assertThat(this.configuration.users(properties, this.encoder, new MockEnvironment()).loadUserByUsername("boss"))
			.isNotNull();
	}

	@Test
	void refusesPlainTextPasswords() {
		var properties = withUser("admin");
		assertThatIllegalStateException()
			.isThrownBy(() -> this.configuration.users(properties, this.encoder, new MockEnvironment()))
			.withMessageContaining("bcrypt hash");
	}

	private static SecurityProperties withUser(String password) {
		return new SecurityProperties(SecurityProperties.Mode.BASIC,
				List.of(new SecurityProperties.User("boss", password, Set.of(Role.ADMIN))), "roles");
	}

}
