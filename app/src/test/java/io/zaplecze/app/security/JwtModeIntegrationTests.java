package io.zaplecze.app.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

import io.zaplecze.testsupport.RealServices;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The OAuth2 resource-server mode: bearer tokens signed by the identity provider's key, roles from
 * the {@code roles} claim.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "zaplecze.security.mode=jwt")
@AutoConfigureRestTestClient
@RealServices
class JwtModeIntegrationTests {

	private static final KeyPair issuerKeys = rsaKeys();

	private static final KeyPair strangerKeys = rsaKeys();

	@Autowired
	RestTestClient client;

	@DynamicPropertySource
	static void issuerPublicKey(DynamicPropertyRegistry registry) throws Exception {
		Path pem = Files.createTempFile("zaplecze-issuer", ".pem");
		pem.toFile().deleteOnExit();
		Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n"
				+ Base64.getMimeEncoder().encodeToString(issuerKeys.getPublic().getEncoded())
				+ "\n-----END PUBLIC KEY-----\n");
		registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + pem);
	}

	@Test
	void acceptsATokenWithTheRequiredRole() throws Exception {
		this.client.get().uri("/actuator/prometheus")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token(issuerKeys, "ADMIN"))
			.exchange()
			.expectStatus().isOk();
	}

	@Test
	void refusesATokenWithAnotherRole() throws Exception {
		this.client.get().uri("/actuator/prometheus")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token(issuerKeys, "DISPATCHER"))
			.exchange()
			.expectStatus().isForbidden()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void refusesATokenSignedByAnotherKey() throws Exception {
		this.client.get().uri("/actuator/prometheus")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token(strangerKeys, "ADMIN"))
			.exchange()
			.expectStatus().isUnauthorized();
	}

	@Test
	void refusesCallsWithoutAToken() {
		this.client.get().uri("/actuator/prometheus").exchange()
			.expectStatus().isUnauthorized()
			.expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
	}

	@Test
	void ignoresBasicCredentialsInJwtMode() {
		this.client.get().uri("/actuator/prometheus")
			.header(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes()))
			.exchange()
			.expectStatus().isUnauthorized();
	}

	private static String token(KeyPair keys, String... roles) throws Exception {
		JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("someone")
			.issuer("https://id.example")
			.issueTime(Date.from(Instant.now()))
			.expirationTime(Date.from(Instant.now().plusSeconds(300)))
			.claim("roles", List.of(roles))
			.build();
		SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
		jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
		return jwt.serialize();
	}

	private static KeyPair rsaKeys() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
