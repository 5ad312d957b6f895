package io.zaplecze.simulator.plan;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Consumer;

import io.zaplecze.simulator.SimulatorException;

/**
 * Fetches the day's published plan from the routing REST API
 * ({@code GET /api/v1/routing/plans/published?date=}) with HTTP Basic credentials or a
 * bearer token.
 */
public final class PlanClient {

	private final URI api;

	private final String authorization;

	private final HttpClient http;

	private final Duration requestTimeout;

	/**
	 * @param api the application's base URL, e.g. {@code http://127.0.0.1:8080}
	 * @param username Basic user name, or null with a token
	 * @param password Basic password
	 * @param bearerToken a bearer token (JWT mode); null for Basic
	 */
	public PlanClient(URI api, String username, String password, String bearerToken) {
		this.api = api;
		if (bearerToken != null && !bearerToken.isBlank()) {
			this.authorization = "Bearer " + bearerToken.trim();
		}
		else if (username != null && !username.isBlank()) {
			String pair = username + ":" + ((password != null) ? password : "");
			this.authorization = "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
		}
		else {
			this.authorization = null;
		}
		this.requestTimeout = Duration.ofSeconds(15);
		this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
	}

	/** The URL the plan of a day is fetched from. */
	public URI planUri(LocalDate date) {
		String base = this.api.toString().replaceAll("/+$", "");
		return URI.create(base + "/api/v1/routing/plans/published?date=" + date);
	}

	/**
	 * Fetches the plan once.
	 * @return the plan, or empty when nothing is published for the day yet (404)
	 * @throws SimulatorException on a refused login (401/403), a bad plan, or an
	 * unexpected answer
	 * @throws IOException when the server cannot be reached
	 */
	public Optional<PublishedPlan> fetch(LocalDate date) throws IOException, InterruptedException {
		URI uri = planUri(date);
		HttpRequest.Builder request = HttpRequest.newBuilder(uri)
			.timeout(this.requestTimeout)
			.header("Accept", "application/json")
			.GET();
		if (this.authorization != null) {
			request.header("Authorization", this.authorization);
		}
		HttpResponse<byte[]> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		int status = response.statusCode();
		if (status == 200) {
			return Optional.of(PlanReader.parse(response.body(), uri.toString()));
		}
		if (status == 404) {
			return Optional.empty();
		}
		String body = new String(response.body(), StandardCharsets.UTF_8);
		if (status == 401 || status == 403) {
			throw new SimulatorException("The API refused the credentials (" + status + ") for " + uri
					+ "; the plan needs a DRIVER, DISPATCHER, WAREHOUSE or ADMIN user (--user/--password or --token)");
		}
		if (status >= 500) {
			throw new IOException("HTTP " + status + " from " + uri + ": " + abbreviate(body));
		}
		throw new SimulatorException("Unexpected HTTP " + status + " from " + uri + ": " + abbreviate(body));
	}

	/**
	 * Fetches the plan, retrying while it is not published yet or the server is not
	 * reachable.
	 * @param waitFor how long to keep trying (zero: one attempt)
	 * @param retryEvery pause between attempts
	 * @param log receives one line per failed attempt
	 */
	public PublishedPlan await(LocalDate date, Duration waitFor, Duration retryEvery, Consumer<String> log)
			throws InterruptedException {
		long deadline = System.nanoTime() + waitFor.toNanos();
		int attempt = 0;
		while (true) {
			attempt++;
			String why;
			try {
				Optional<PublishedPlan> plan = fetch(date);
				if (plan.isPresent()) {
					return plan.get();
				}
				why = "no plan is published for " + date + " yet";
			}
			catch (ConnectException ex) {
				why = "the API at " + this.api + " is not reachable";
			}
			catch (IOException ex) {
				why = ex.getMessage();
			}
			if (System.nanoTime() + retryEvery.toNanos() > deadline) {
				throw new SimulatorException(
						"No published plan for " + date + " after " + attempt + " attempt(s): " + why);
			}
			log.accept("waiting for the published plan (" + why + "), attempt " + attempt);
			Thread.sleep(retryEvery.toMillis());
		}
	}

	private static String abbreviate(String text) {
		return (text.length() > 300) ? text.substring(0, 300) + "…" : text;
	}

}
