package io.zaplecze.simulator.device;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.zaplecze.simulator.SimulatorException;

/**
 * Each simulated device's own broker account, as a real device has one: provisioned through the
 * application's API ({@code POST /api/v1/tracking/devices}; a vehicle that already has a device gets
 * a fresh secret with {@code POST .../{vehicleId}/secret}), or read from a properties file
 * ({@code <vehicleId>.username}, {@code <vehicleId>.clientId}, {@code <vehicleId>.secret}).
 */
public final class DeviceCredentials {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private DeviceCredentials() {
	}

	/**
	 * A device's broker login.
	 *
	 * @param username broker user name
	 * @param clientId the client id the broker expects from this device
	 * @param secret broker password
	 */
	public record Credential(String username, String clientId, String secret) {
	}

	/** Reads credentials per vehicle from a properties file. */
	public static Map<String, Credential> read(Path file, Collection<String> vehicles) {
		Properties p = new Properties();
		try (Reader reader = Files.newBufferedReader(file)) {
			p.load(reader);
		}
		catch (IOException ex) {
			throw new SimulatorException("Cannot read the device credentials " + file + ": " + ex.getMessage(), ex);
		}
		Map<String, Credential> credentials = new LinkedHashMap<>();
		for (String vehicle : vehicles) {
			String username = p.getProperty(vehicle + ".username");
			String secret = p.getProperty(vehicle + ".secret");
			if (username == null || secret == null) {
				throw new SimulatorException(file + " has no credentials for vehicle " + vehicle + " (" + vehicle
						+ ".username, " + vehicle + ".secret, optional " + vehicle + ".clientId)");
			}
			credentials.put(vehicle, new Credential(username, p.getProperty(vehicle + ".clientId", username), secret));
		}
		return credentials;
	}

	/**
	 * Provisions (or, for a vehicle that has one, rotates) each vehicle's device through the API.
	 * Needs a DISPATCHER or ADMIN login.
	 */
	public static Map<String, Credential> provision(URI api, String username, String password, String bearerToken,
			Collection<String> vehicles) throws InterruptedException {
		String authorization = (bearerToken != null && !bearerToken.isBlank()) ? "Bearer " + bearerToken.trim()
				: "Basic " + Base64.getEncoder()
					.encodeToString((username + ":" + ((password != null) ? password : "")).getBytes(StandardCharsets.UTF_8));
		String base = api.toString().replaceAll("/+$", "") + "/api/v1/tracking/devices";
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		Map<String, Credential> credentials = new LinkedHashMap<>();
		for (String vehicle : vehicles) {
			HttpResponse<String> response = post(http, URI.create(base), authorization,
					"{\"vehicleId\":\"" + vehicle + "\"}");
			if (response.statusCode() == 409) {
				response = post(http, URI.create(base + "/" + vehicle + "/secret"), authorization, "");
			}
			if (response.statusCode() != 200 && response.statusCode() != 201) {
				throw new SimulatorException("Provisioning the device of " + vehicle + " failed: HTTP "
						+ response.statusCode() + " " + abbreviate(response.body())
						+ ((response.statusCode() == 401 || response.statusCode() == 403)
								? " (provisioning needs a DISPATCHER or ADMIN user: --user/--password)" : ""));
			}
			JsonNode body = JSON.readTree(response.body());
			credentials.put(vehicle, new Credential(body.path("username").asString(), body.path("clientId").asString(),
					body.path("secret").asString()));
		}
		return credentials;
	}

	private static HttpResponse<String> post(HttpClient http, URI uri, String authorization, String body)
			throws InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(uri)
			.timeout(Duration.ofSeconds(15))
			.header("Authorization", authorization)
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new SimulatorException("Cannot reach the API at " + uri + " to provision devices: " + ex.getMessage(), ex);
		}
	}

	private static String abbreviate(String text) {
		return (text.length() <= 300) ? text : text.substring(0, 300) + "…";
	}

}
