package io.zaplecze.app.security;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The users the demo profile ships ({@code application-demo.yml}, one per role) have the well-known
 * demo passwords: a start without the demo profile that configures them is refused; with it they work.
 */
class DemoUsersGuardTests {

	private final SecurityConfiguration configuration = new SecurityConfiguration();

	private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();

	@Test
	void theShippedDemoUsersCoverEveryRoleWithTheDemoPasswords() throws IOException {
		SecurityProperties demo = shippedDemoUsers();
		assertThat(demo.users()).flatExtracting(SecurityProperties.User::roles).containsExactlyInAnyOrder(Role.values());
		for (SecurityProperties.User user : demo.users()) {
			String hash = user.password().replace("{bcrypt}", "");
			assertThat(SecurityConfiguration.DEMO_PASSWORDS).as(user.username())
				.anyMatch(password -> this.encoder.matches(password, hash));
		}
	}

	@Test
	void aStartWithoutTheDemoProfileRefusesThem() throws IOException {
		SecurityProperties demo = shippedDemoUsers();
		assertThatIllegalStateException()
			.isThrownBy(() -> this.configuration.users(demo, this.encoder, new MockEnvironment()))
			.withMessageContaining("demo password");
		MockEnvironment demoProfile = new MockEnvironment();
		demoProfile.setActiveProfiles("demo");
		assertThat(this.configuration.users(demo, this.encoder, demoProfile).loadUserByUsername("frontoffice")
			.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_FRONT_OFFICE");
	}

	private static SecurityProperties shippedDemoUsers() throws IOException {
		List<PropertySource<?>> sources = new YamlPropertySourceLoader().load("demo",
				new ClassPathResource("application-demo.yml"));
		return new Binder(ConfigurationPropertySources.from(sources)).bind("zaplecze.security", SecurityProperties.class)
			.get();
	}

}
