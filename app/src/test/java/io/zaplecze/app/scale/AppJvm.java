package io.zaplecze.app.scale;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One application instance as a JVM of its own ({@code java -cp <this test's class path>
 * io.zaplecze.ZapleczeApplication}, the same classes the jar holds), with its own port, MQTT client
 * id and log file. {@link #kill()} is SIGKILL: no shutdown hook, no MQTT DISCONNECT, no lease release.
 */
final class AppJvm {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String name;

	private final int port;

	private final List<String> args;

	private final Map<String, String> environment;

	private final Path log;

	private Process process;

	AppJvm(String name, int port, List<String> args, Map<String, String> environment, Path logDir) {
		this.name = name;
		this.port = port;
		this.args = List.copyOf(args);
		this.environment = Map.copyOf(environment);
		this.log = logDir.resolve(name + ".log");
	}

	String name() {
		return this.name;
	}

	int port() {
		return this.port;
	}

	long pid() {
		return this.process.pid();
	}

	boolean alive() {
		return this.process != null && this.process.isAlive();
	}

	/** Starts the JVM (its output appended to its log). */
	AppJvm start() throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(List.of(java, "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
				"-cp", System.getProperty("java.class.path"), "io.zaplecze.ZapleczeApplication", "--server.port=" + this.port));
		command.addAll(this.args);
		Files.createDirectories(this.log.getParent());
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().putAll(this.environment);
		this.process = builder.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(this.log.toFile()))
			.start();
		return this;
	}

	/** Waits until the instance answers its health endpoint. */
	AppJvm awaitUp(Duration timeout) throws IOException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(this.name + " exited with " + this.process.exitValue() + "; see " + this.log);
			}
			try {
				HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri("/actuator/health")).timeout(Duration.ofSeconds(3))
					.build(), HttpResponse.BodyHandlers.ofString());
				if (r.statusCode() == 200) {
					return this;
				}
			}
			catch (IOException notYet) {
				// still starting
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException(ex);
			}
			sleep(250);
		}
		throw new IllegalStateException(this.name + " not up within " + timeout + "; see " + this.log);
	}

	/** SIGKILL, as a crash. */
	void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor(10, TimeUnit.SECONDS);
	}

	/** SIGTERM: a polite stop (Spring's shutdown runs). */
	void stop() throws InterruptedException {
		if (this.process != null && this.process.isAlive()) {
			this.process.destroy();
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
	}

	URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	/** GET as the dispatcher (test users: password test-secret); the body, or an exception for a non-200. */
	String get(String path) throws IOException, InterruptedException {
		HttpResponse<String> r = HTTP.send(authorized(path).GET().build(), HttpResponse.BodyHandlers.ofString());
		if (r.statusCode() != 200) {
			throw new IOException(this.name + " GET " + path + " -> " + r.statusCode() + ": " + r.body());
		}
		return r.body();
	}

	int status(String path) throws IOException, InterruptedException {
		return HTTP.send(authorized(path).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	String post(String path, String json) throws IOException, InterruptedException {
		HttpResponse<String> r = HTTP.send(authorized(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
		if (r.statusCode() / 100 != 2) {
			throw new IOException(this.name + " POST " + path + " -> " + r.statusCode() + ": " + r.body());
		}
		return r.body();
	}

	HttpRequest.Builder authorized(String path) {
		return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20)).header("Authorization", "Basic "
				+ Base64.getEncoder().encodeToString("dispatcher:test-secret".getBytes(StandardCharsets.UTF_8)));
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
