package io.zaplecze.app;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import io.zaplecze.testsupport.RealServices;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The whole application on real PostGIS and Mosquitto: healthy, documented, and closed to callers
 * without credentials or with the wrong role.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@ActiveProfiles("test")
@RealServices
class ApplicationEndToEndTests {

	@Autowired
	RestTestClient client;

	@Test
	void healthIsUpWithDatabaseAndBrokerComponents() {
		this.client.get().uri("/actuator/health").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.status").isEqualTo("UP")
			.jsonPath("$.components.db.status").isEqualTo("UP")
			.jsonPath("$.components.mqtt.status").isEqualTo("UP");
	}

	@Test
	void servesTheOpenApiDocumentPublicly() {
		this.client.get().uri("/v3/api-docs").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.openapi").exists()
			.jsonPath("$.info.title").isEqualTo("Zaplecze API");
	}

	@Test
	void refusesAnonymousCallersWithProblemDetail() {
		this.client.get().uri("/api/v1/routing/plans").exchange()
			.expectStatus().isUnauthorized()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader().exists(HttpHeaders.WWW_AUTHENTICATE)
			.expectBody()
			.jsonPath("$.status").isEqualTo(401);
	}

	@Test
	void refusesWrongRoleWithProblemDetail() {
		this.client.post().uri("/api/v1/routing/plans")
			.header(HttpHeaders.AUTHORIZATION, basic("warehouse"))
			.contentType(MediaType.APPLICATION_JSON)
			.body("{}")
			.exchange()
			.expectStatus().isForbidden()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status").isEqualTo(403);
	}

	@Test
	void refusesWrongPassword() {
		this.client.get().uri("/api/v1/routing/plans")
			.header(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder()
				.encodeToString("dispatcher:wrong".getBytes(StandardCharsets.UTF_8)))
			.exchange()
			.expectStatus().isUnauthorized();
	}

	@Test
	void metricsAreForAdminsOnly() {
		this.client.get().uri("/actuator/prometheus").header(HttpHeaders.AUTHORIZATION, basic("dispatcher"))
			.exchange()
			.expectStatus().isForbidden();
		this.client.get().uri("/actuator/prometheus").header(HttpHeaders.AUTHORIZATION, basic("admin"))
			.exchange()
			.expectStatus().isOk();
	}

	@Test
	void infoCarriesTheBuildVersion() {
		this.client.get().uri("/actuator/info").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.build.version").exists();
	}

	private static String basic(String user) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":test-secret").getBytes(StandardCharsets.UTF_8));
	}

}
