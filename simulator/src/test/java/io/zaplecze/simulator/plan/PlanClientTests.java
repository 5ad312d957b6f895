package io.zaplecze.simulator.plan;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.zaplecze.simulator.SimulatorException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The plan client against a tiny HTTP server speaking the routing REST contract. */
class PlanClientTests {

	private HttpServer server;

	private final List<String> requests = new CopyOnWriteArrayList<>();

	private final List<String> authorizations = new CopyOnWriteArrayList<>();

	private final AtomicInteger notYet = new AtomicInteger();

	private volatile int status = 200;

	@BeforeEach
	void start() throws IOException {
		byte[] plan;
		try (InputStream in = getClass().getClassLoader().getResourceAsStream("plans/two-vans.json")) {
			plan = in.readAllBytes();
		}
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/api/v1/routing/plans/published", exchange -> {
			this.requests.add(exchange.getRequestURI().toString());
			this.authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
			if (this.notYet.getAndDecrement() > 0) {
				reply(exchange, 404, "{\"title\":\"Not Found\",\"status\":404}");
			}
			else {
				reply(exchange, this.status, (this.status == 200) ? new String(plan, StandardCharsets.UTF_8)
						: "{\"status\":" + this.status + "}");
			}
		});
		this.server.start();
	}

	@AfterEach
	void stop() {
		this.server.stop(0);
	}

	private static void reply(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

	private URI api() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort() + "/");
	}

	@Test
	void fetchesTheDaysPlanWithBasicCredentials() throws Exception {
		PlanClient client = new PlanClient(api(), "driver", "driver", null);
		PublishedPlan plan = client.fetch(LocalDate.of(2026, 11, 27)).orElseThrow();
		assertThat(plan.routes()).extracting(PublishedPlan.Route::vehicleId).containsExactly("VAN-01", "VAN-02");
		assertThat(plan.version()).isEqualTo(2);
		assertThat(this.requests).containsExactly("/api/v1/routing/plans/published?date=2026-11-27");
		// base64("driver:driver")
		assertThat(this.authorizations).containsExactly("Basic ZHJpdmVyOmRyaXZlcg==");
	}

	@Test
	void sendsABearerTokenInJwtMode() throws Exception {
		new PlanClient(api(), null, null, "eyJ.abc.def").fetch(LocalDate.of(2026, 11, 27));
		assertThat(this.authorizations).containsExactly("Bearer eyJ.abc.def");
	}

	@Test
	void keepsAskingUntilThePlanIsPublished() throws Exception {
		this.notYet.set(2);
		List<String> log = new ArrayList<>();
		PublishedPlan plan = new PlanClient(api(), "driver", "driver", null).await(LocalDate.of(2026, 11, 27),
				Duration.ofSeconds(5), Duration.ofMillis(50), log::add);
		assertThat(plan.routes()).hasSize(2);
		assertThat(this.requests).hasSize(3);
		assertThat(log).hasSize(2).allSatisfy(line -> assertThat(line).contains("no plan is published for 2026-11-27"));
	}

	@Test
	void givesUpWhenTheWaitIsOver() {
		this.notYet.set(1000);
		assertThatThrownBy(() -> new PlanClient(api(), "driver", "driver", null).await(LocalDate.of(2026, 11, 27),
				Duration.ofMillis(200), Duration.ofMillis(50), line -> {
				}))
			.isInstanceOf(SimulatorException.class)
			.hasMessageContaining("No published plan for 2026-11-27");
	}

	@Test
	void refusedCredentialsFailAtOnce() {
		this.status = 401;
		assertThatThrownBy(() -> new PlanClient(api(), "driver", "wrong", null).await(LocalDate.of(2026, 11, 27),
				Duration.ofSeconds(5), Duration.ofMillis(50), line -> {
				}))
			.isInstanceOf(SimulatorException.class)
			.hasMessageContaining("refused the credentials (401)");
		assertThat(this.requests).hasSize(1);
	}

	@Test
	void waitsForAnApiThatIsNotUpYet() {
		URI nobody = URI.create("http://127.0.0.1:1");
		List<String> log = new ArrayList<>();
		assertThatThrownBy(() -> new PlanClient(nobody, "driver", "driver", null).await(LocalDate.of(2026, 11, 27),
				Duration.ofMillis(300), Duration.ofMillis(100), log::add))
			.isInstanceOf(SimulatorException.class)
			.hasMessageContaining("not reachable");
		assertThat(log).isNotEmpty();
	}

}
