package io.zaplecze.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

/**
 * The project's broker in a container (machines with a Docker engine): {@code eclipse-mosquitto:2}
 * with the project's configuration template ({@code deploy/mosquitto/mosquitto.conf}, plain listener
 * only: no certificate is generated here) and a dynamic-security file written here with a fresh admin
 * and test account, so the container refuses anonymous clients exactly as the real broker does.
 */
final class MosquittoContainer {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final int PORT = 1884;

	private MosquittoContainer() {
	}

	static TestServices.Mqtt start() {
		try {
			Path dir = Files.createTempDirectory("zt-mosquitto-container");
			String adminPassword = secret();
			String testPassword = secret();
			Path config = dir.resolve("mosquitto.conf");
			Files.writeString(config, render(template()));
			Path dynsec = dir.resolve("dynamic-security.json");
			Files.writeString(dynsec, dynamicSecurity(List.of(new Account("zaplecze-admin", adminPassword, "admin"),
					new Account("zaplecze-bench", testPassword, "zaplecze-bench"))));
			GenericContainer<?> mosquitto = new GenericContainer<>(DockerImageName.parse("eclipse-mosquitto:2"))
				.withCopyFileToContainer(MountableFile.forHostPath(config, 0644), "/mosquitto/config/mosquitto.conf")
				.withCopyFileToContainer(MountableFile.forHostPath(dynsec, 0666), "/mosquitto/data/dynamic-security.json")
				.withExposedPorts(PORT);
			mosquitto.start();
			String url = "tcp://" + mosquitto.getHost() + ":" + mosquitto.getMappedPort(PORT);
			return new TestServices.Mqtt(url, "zaplecze-bench", testPassword, "zaplecze-admin", adminPassword, "", "", "", "");
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot prepare the Mosquitto container", ex);
		}
	}

	private static String template() throws IOException {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve("deploy/mosquitto/mosquitto.conf");
			if (Files.isRegularFile(candidate)) {
				return Files.readString(candidate);
			}
		}
		throw new IOException("deploy/mosquitto/mosquitto.conf not found above " + Path.of("").toAbsolutePath());
	}

	/** The template with the container's values, and without the TLS listener (it has no certificate). */
	static String render(String template) {
		StringBuilder out = new StringBuilder();
		boolean tlsBlock = false;
		for (String line : template.split("\n", -1)) {
			if (line.startsWith("listener @TLS_PORT@")) {
				tlsBlock = true;
			}
			else if (tlsBlock && (line.isBlank() || !(line.startsWith("certfile") || line.startsWith("keyfile")
					|| line.startsWith("tls_")))) {
				tlsBlock = false;
			}
			if (!tlsBlock) {
				out.append(line
					.replace("@BIND@", "0.0.0.0")
					.replace("@PORT@", Integer.toString(PORT))
					.replace("@DATA_DIR@", "/mosquitto/data")
					.replace("@PID_FILE@", "/mosquitto/data/mosquitto.pid")
					.replace("@LOG_FILE@", "/mosquitto/log/mosquitto.log")
					.replace("@PLUGIN@", "/usr/lib/mosquitto_dynamic_security.so")).append('\n');
			}
		}
		return out.toString();
	}

	record Account(String username, String password, String role) {
	}

	/**
	 * A dynamic-security file as {@code mosquitto_ctrl dynsec init} writes it: passwords as
	 * PBKDF2-HMAC-SHA512 (101 iterations, 12-byte salt, 64-byte hash, base64), the admin role allowed
	 * the control topic, the test role allowed every non-{@code $} topic.
	 */
	static String dynamicSecurity(List<Account> accounts) {
		StringBuilder clients = new StringBuilder();
		for (Account a : accounts) {
			byte[] salt = new byte[12];
			RANDOM.nextBytes(salt);
			if (!clients.isEmpty()) {
				clients.append(',');
			}
			clients.append("""
					{"username":"%s","password":"%s","salt":"%s","iterations":101,"roles":[{"rolename":"%s"}]}"""
				.formatted(a.username(), Base64.getEncoder().encodeToString(hash(a.password(), salt)),
						Base64.getEncoder().encodeToString(salt), a.role()));
		}
		return """
				{"clients":[%s],
				 "roles":[{"rolename":"admin","acls":[
				   {"acltype":"publishClientSend","topic":"$CONTROL/dynamic-security/#","allow":true},
				   {"acltype":"publishClientReceive","topic":"$CONTROL/dynamic-security/#","allow":true},
				   {"acltype":"subscribePattern","topic":"$CONTROL/dynamic-security/#","allow":true}]},
				  {"rolename":"zaplecze-bench","acls":[
				   {"acltype":"publishClientSend","topic":"#","allow":true},
				   {"acltype":"subscribePattern","topic":"#","allow":true}]}],
				 "defaultACLAccess":{"publishClientSend":false,"publishClientReceive":true,"subscribe":false,"unsubscribe":true}}
				""".formatted(clients);
	}

	private static byte[] hash(String password, byte[] salt) {
		try {
			PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, 101, 512);
			return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(spec).getEncoded();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String secret() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

}
