package io.zaplecze.app.scale;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A Mosquitto process of the scale-out test's own ({@code /usr/sbin/mosquitto}), configured from the
 * project's {@code deploy/mosquitto/mosquitto.conf} with only the listener (a port of its own) and
 * the persistence directory replaced, so the test may stop and start it without touching the shared
 * broker. The dynamic-security plugin is left out: this broker is the test's own, on loopback.
 */
final class OwnMosquitto implements AutoCloseable {

	private static final Path BINARY = Path.of("/usr/sbin/mosquitto");

	private final Path dir;

	private final Path config;

	private final int port;

	private Process process;

	private OwnMosquitto(Path dir, int port) throws IOException {
		this.dir = dir;
		this.port = port;
		this.config = dir.resolve("mosquitto.conf");
		Files.createDirectories(dir.resolve("data"));
		List<String> project = Files.readAllLines(projectConfig());
		// The project's file is a template (scripts/services.sh renders its @PLACEHOLDERS@): keep its
		// limits and persistence, leave out what names ports, files and the dynamic-security plugin. This
		// broker is the test's own, on loopback and a port of its own, so it admits anonymous clients.
		String kept = project.stream()
			.filter(line -> !line.contains("@") && !line.startsWith("listener ") && !line.startsWith("persistence_location")
					&& !line.startsWith("log_dest") && !line.startsWith("user ") && !line.startsWith("plugin")
					&& !line.startsWith("allow_anonymous") && !line.startsWith("certfile") && !line.startsWith("keyfile"))
			.collect(Collectors.joining("\n")) + "\nallow_anonymous true";
		Files.writeString(this.config, """
				listener %d 127.0.0.1
				persistence_location %s/
				log_dest file %s/mosquitto.log
				user root
				%s
				""".formatted(port, dir.resolve("data"), dir, kept));
	}

	static boolean available() {
		return Files.isExecutable(BINARY);
	}

	static Path projectConfig() {
		Path here = Path.of("").toAbsolutePath();
		for (Path p = here; p != null; p = p.getParent()) {
			Path candidate = p.resolve("deploy/mosquitto/mosquitto.conf");
			if (Files.isRegularFile(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException("deploy/mosquitto/mosquitto.conf not found above " + here);
	}

	static OwnMosquitto start(Path dir, int port) throws IOException {
		OwnMosquitto broker = new OwnMosquitto(dir, port);
		broker.startProcess();
		return broker;
	}

	String url() {
		return "tcp://127.0.0.1:" + this.port;
	}

	synchronized void startProcess() throws IOException {
		this.process = new ProcessBuilder(BINARY.toString(), "-c", this.config.toString()).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(this.dir.resolve("stdout.log").toFile()))
			.start();
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IOException("mosquitto exited: " + Files.readString(this.dir.resolve("stdout.log")));
			}
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("127.0.0.1", this.port), 200);
				return;
			}
			catch (IOException notYet) {
				AppJvm.sleep(50);
			}
		}
		throw new IOException("mosquitto did not listen on " + this.port);
	}

	/** A polite stop (SIGTERM): Mosquitto writes its persistence file and exits. */
	synchronized void stop() throws InterruptedException {
		if (this.process != null && this.process.isAlive()) {
			this.process.destroy();
			if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
			}
		}
	}

	void restart(Duration down) throws IOException, InterruptedException {
		stop();
		AppJvm.sleep(down.toMillis());
		startProcess();
	}

	@Override
	public void close() throws InterruptedException {
		stop();
	}

}
