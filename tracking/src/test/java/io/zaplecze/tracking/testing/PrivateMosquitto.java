package io.zaplecze.tracking.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A Mosquitto 2 process of a test's own, on a free port, with the project's broker settings
 * (persistence, raised queue limits: {@code deploy/mosquitto/mosquitto.conf}), that the test may stop,
 * kill and start again without disturbing the machine's shared broker.
 */
public final class PrivateMosquitto implements AutoCloseable {

	private static final Path BINARY = Path.of("/usr/sbin/mosquitto");

	private final Path dir;

	private final Path config;

	private final int port;

	private Process process;

	private PrivateMosquitto(Path dir, int port, String extra) throws IOException {
		this.dir = dir;
		this.port = port;
		this.config = dir.resolve("mosquitto.conf");
		Files.writeString(this.config, """
				listener %d 127.0.0.1
				allow_anonymous true
				user root
				persistence true
				persistence_location %s/
				max_queued_messages 1000000
				max_queued_bytes 1073741824
				max_inflight_messages 1000
				log_dest file %s/mosquitto.log
				%s
				""".formatted(port, dir, dir, extra));
	}

	/** Whether a Mosquitto binary is there at all (tests skip with a message otherwise). */
	public static boolean available() {
		return Files.isExecutable(BINARY);
	}

	public static PrivateMosquitto start() throws IOException {
		return start("");
	}

	/** Starts a broker with extra configuration lines appended. */
	public static PrivateMosquitto start(String extra) throws IOException {
		PrivateMosquitto broker = new PrivateMosquitto(Files.createTempDirectory("zt-mosquitto"), freePort(), extra);
		broker.startProcess();
		return broker;
	}

	public String url() {
		return "tcp://127.0.0.1:" + this.port;
	}

	public synchronized void startProcess() throws IOException {
		this.process = new ProcessBuilder(BINARY.toString(), "-c", this.config.toString())
			.redirectErrorStream(true)
			.redirectOutput(this.dir.resolve("stdout.log").toFile())
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
				sleep(50);
			}
		}
		throw new IOException("mosquitto did not listen on " + this.port);
	}

	/** A polite stop (SIGTERM): Mosquitto writes its persistence file and exits. */
	public synchronized void stop() throws InterruptedException {
		if (this.process != null && this.process.isAlive()) {
			this.process.destroy();
			if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
			}
		}
	}

	public void restart(Duration down) throws IOException, InterruptedException {
		stop();
		sleep(down.toMillis());
		startProcess();
	}

	@Override
	public void close() throws InterruptedException {
		stop();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
