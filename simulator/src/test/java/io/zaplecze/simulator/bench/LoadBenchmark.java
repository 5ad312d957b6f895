package io.zaplecze.simulator.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.zaplecze.simulator.LoadConfig;
import io.zaplecze.simulator.LoadReport;
import io.zaplecze.simulator.Simulation;

/**
 * How many QoS 1 publishes per second the load mode gets acknowledged by a local
 * Mosquitto, with no consumer. Starts a private Mosquitto with the in-flight and queue
 * limits of {@code deploy/mosquitto/mosquitto.conf} on a free port (unless
 * {@code --broker} is given), makes one discarded JIT warm-up run, then runs each variant
 * for {@code --seconds}, interleaved over {@code --rounds} so machine noise hits all
 * alike, and prints the median steady rate of each with its ratio to the baseline (one
 * connection with the 20-message window of Mosquitto's default
 * {@code max_inflight_messages}).
 *
 * <pre>
 * ./mvnw -B -q -pl simulator test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=io.zaplecze.simulator.bench.LoadBenchmark -Dexec.args="--rounds 3 --seconds 10"
 * </pre>
 */
public final class LoadBenchmark {

	private LoadBenchmark() {
	}

	/**
	 * A way to publish: connections × window (0: the broker's Receive Maximum), over
	 * plain or batching sockets.
	 */
	private record Variant(String name, int connections, int window, boolean batching) {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new LinkedHashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		int rounds = Integer.parseInt(options.getOrDefault("rounds", "3"));
		int seconds = Integer.parseInt(options.getOrDefault("seconds", "10"));
		int devices = Integer.parseInt(options.getOrDefault("devices", "5000"));
		String mosquitto = options.getOrDefault("mosquitto", "/usr/sbin/mosquitto");
		List<Variant> variants = List.of(new Variant("plain, 1 connection, window 20 (baseline)", 1, 20, false),
				new Variant("plain, 1 connection, window = RM", 1, 0, false),
				new Variant("plain, 2 connections, window = RM", 2, 0, false),
				new Variant("batching, 1 connection, window = RM", 1, 0, true),
				new Variant("batching, 2 connections, window = RM", 2, 0, true),
				new Variant("batching, 4 connections, window = RM", 4, 0, true));

		Process broker = null;
		String url = options.get("broker");
		Path dir = null;
		try {
			if (url == null) {
				dir = Files.createTempDirectory("zaplecze-bench-mosquitto");
				int port = freePort();
				Path conf = dir.resolve("mosquitto.conf");
				// the limits of deploy/mosquitto/mosquitto.conf; no persistence: nothing
				// is queued without subscribers
				Files.writeString(conf,
						String.join("\n", "listener " + port + " 127.0.0.1", "allow_anonymous true",
								"persistence false", "max_queued_messages 1000000", "max_queued_bytes 1073741824",
								"max_inflight_messages 1000", "log_dest none", ""));
				broker = new ProcessBuilder(mosquitto, "-c", conf.toString()).redirectErrorStream(true)
					.redirectOutput(dir.resolve("mosquitto.log").toFile())
					.start();
				url = "tcp://127.0.0.1:" + port;
				awaitPort(port);
				System.out.println("Private broker: " + mosquitto + " -c " + conf + " (pid " + broker.pid() + ")");
				System.out.println(Files.readString(conf).replace("\n", " | "));
			}
			System.out.printf(Locale.ROOT, "%d devices, QoS 1, %d s per run (first 3 s warm-up), %d rounds, %d cores%n",
					devices, seconds, rounds, Runtime.getRuntime().availableProcessors());
			// a cold JVM would handicap whichever variant runs first
			Simulation.load(LoadConfig.defaults()
				.withBroker(url, "bench/v1")
				.withShape(devices, 2, 0, Duration.ofSeconds(5), 0)
				.withWindow(0, 1, Duration.ofSeconds(1)));
			Map<Variant, List<Double>> rates = new LinkedHashMap<>();
			Map<Variant, List<Double>> clientCpu = new LinkedHashMap<>();
			Map<Variant, List<Double>> brokerCpu = new LinkedHashMap<>();
			Map<Variant, LoadReport> last = new LinkedHashMap<>();
			for (int round = 1; round <= rounds; round++) {
				for (Variant v : variants) {
					long cpuBefore = processCpuNanos();
					long brokerBefore = (broker != null) ? cpuTicks(broker.pid()) : -1;
					LoadReport report = Simulation.load(LoadConfig.defaults()
						.withBroker(url, "bench/v1")
						.withShape(devices, v.connections(), 0, Duration.ofSeconds(seconds), 0)
						.withWindow(v.window(), 1, Duration.ofSeconds(3))
						.withClient(v.batching() ? LoadConfig.Client.PAHO_BATCHING : LoadConfig.Client.PAHO_PLAIN));
					double clientMicros = (processCpuNanos() - cpuBefore) / 1e3 / report.acked();
					double brokerMicros = (broker != null)
							? (cpuTicks(broker.pid()) - brokerBefore) * 1e6 / TICKS_PER_SECOND / report.acked()
							: Double.NaN;
					rates.computeIfAbsent(v, k -> new ArrayList<>()).add(report.steadyRate());
					clientCpu.computeIfAbsent(v, k -> new ArrayList<>()).add(clientMicros);
					brokerCpu.computeIfAbsent(v, k -> new ArrayList<>()).add(brokerMicros);
					last.put(v, report);
					System.out.printf(Locale.ROOT,
							"round %d  %-44s %,9.0f msg/s  CPU/msg: client %5.1f µs, broker %5.1f µs  (acked %,d, failed %d, p99 %.1f ms)%n",
							round, v.name(), report.steadyRate(), clientMicros, brokerMicros, report.acked(),
							report.failed(), report.latencyP99Millis());
				}
			}
			double baseline = median(rates.get(variants.get(0)));
			int cores = Runtime.getRuntime().availableProcessors();
			System.out.println();
			System.out.println("variant (RM = the broker's Receive Maximum)   median msg/s  ×baseline"
					+ "  client µs/msg  broker µs/msg  ceiling msg/s  window");
			for (Variant v : variants) {
				double m = median(rates.get(v));
				double client = median(clientCpu.get(v));
				double brokerMicros = median(brokerCpu.get(v));
				// what the cores could carry if nothing else ran: client and broker share
				// them
				double ceiling = cores * 1e6 / (client + (Double.isNaN(brokerMicros) ? 0 : brokerMicros));
				System.out.printf(Locale.ROOT, "%-44s %,12.0f %10.2f %14.1f %14.1f %14.0f %7d%n", v.name(), m,
						m / baseline, client, brokerMicros, ceiling, last.get(v).window());
			}
		}
		finally {
			if (broker != null) {
				broker.destroy();
				broker.waitFor();
			}
		}
	}

	/**
	 * Linux clock ticks per second (USER_HZ): the unit of CPU times in
	 * {@code /proc/<pid>/stat}.
	 */
	private static final double TICKS_PER_SECOND = 100;

	/** CPU time of this JVM, all threads. */
	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	/** User + system CPU ticks of a process, from {@code /proc/<pid>/stat}. */
	private static long cpuTicks(long pid) throws IOException {
		String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
		// after "pid (name) ": state is the 1st field, utime the 12th and stime the 13th
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
	}

	private static double median(List<Double> values) {
		double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		return (sorted.length % 2 == 1) ? sorted[sorted.length / 2]
				: (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void awaitPort(int port) throws InterruptedException {
		for (int i = 0; i < 100; i++) {
			try (Socket socket = new Socket("127.0.0.1", port)) {
				return;
			}
			catch (IOException ex) {
				Thread.sleep(50);
			}
		}
		throw new IllegalStateException("the private broker did not start on port " + port);
	}

}
