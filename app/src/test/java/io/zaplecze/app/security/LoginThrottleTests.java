package io.zaplecze.app.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Login throttling, measured with real HTTP Basic logins (bcrypt): five wrong passwords lock the user
 * name, even the right password is then refused with 429 and Retry-After until the lockout (3 s in the
 * tests, 5 min by default) has passed; other user names are not affected.
 */
class LoginThrottleTests extends SecuredApplicationTest {

	private static final String USER = "frontoffice";

	@Test
	void fiveWrongPasswordsLockTheUserNameForTheLockout() throws Exception {
		assertThat(login(USER, "test-secret").getStatus()).isEqualTo(200);
		List<Long> checks = new ArrayList<>();
		for (int i = 1; i <= 5; i++) {
			long start = System.nanoTime();
			assertThat(login(USER, "guess-" + i).getStatus()).as("attempt " + i).isEqualTo(401);
			checks.add(System.nanoTime() - start);
		}
		long lockedAt = System.nanoTime();
		long start = System.nanoTime();
		MockHttpServletResponse locked = login(USER, "test-secret");
		long refusal = System.nanoTime() - start;
		assertThat(locked.getStatus()).isEqualTo(429);
		assertThat(locked.getContentType()).startsWith("application/problem+json");
		assertThat(locked.getContentAsString()).contains("login-locked");
		assertThat(Integer.parseInt(locked.getHeader("Retry-After"))).isBetween(1, 3);
		assertThat(login("dispatcher", "test-secret").getStatus()).as("another user name").isEqualTo(200);

		await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
			.until(() -> login(USER, "test-secret").getStatus() == 200);
		double lockedSeconds = (System.nanoTime() - lockedAt) / 1e9;
		checks.sort(Long::compare);
		System.out.printf("Login throttle: locked after 5 failures; first accepted login %.2f s later (lockout 3 s);"
				+ " a wrong-password check takes %.1f ms (median of 5, bcrypt cost 10), a locked refusal %.2f ms%n",
				lockedSeconds, checks.get(2) / 1e6, refusal / 1e6);
		assertThat(lockedSeconds).isBetween(2.9, 4.5);
	}

	private MockHttpServletResponse login(String username, String password) throws Exception {
		String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		return this.mvc.perform(get("/api/v1/routing/network")
			.header("Authorization", "Basic " + token)).andReturn().getResponse();
	}

}
