package io.zaplecze.simulator.cli;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.zaplecze.simulator.Breakdown;
import io.zaplecze.simulator.DriveConfig;
import io.zaplecze.simulator.DriveReport;
import io.zaplecze.simulator.Durations;
import io.zaplecze.simulator.Faults;
import io.zaplecze.simulator.LoadConfig;
import io.zaplecze.simulator.LoadReport;
import io.zaplecze.simulator.Outage;
import io.zaplecze.simulator.Simulation;
import io.zaplecze.simulator.SimulatorException;
import io.zaplecze.simulator.Variation;

/**
 * The command line: {@code demo}, {@code drive} and {@code load}, options from flags and
 * an optional configuration file, help texts. Exit codes: 0 done, 1 failed, 2 wrong
 * usage, 3 done but some messages were never acknowledged.
 */
public final class CommandLine {

	static final int OK = 0;

	static final int FAILED = 1;

	static final int USAGE = 2;

	static final int INCOMPLETE = 3;

	private final PrintStream out;

	private final PrintStream err;

	private CommandLine(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/** Runs the command line and returns the exit code. */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		return new CommandLine(out, err).execute(args);
	}

	private int execute(String[] args) {
		if (args.length == 0 || Set.of("--help", "-h", "help").contains(args[0])) {
			this.out.print(usage());
			return OK;
		}
		Command command = Command.of(args[0]);
		if (command == null) {
			this.err.println("Unknown command '" + args[0] + "'.\n");
			this.err.print(usage());
			return USAGE;
		}
		Values values;
		try {
			values = values(command, Arrays.copyOfRange(args, 1, args.length));
		}
		catch (IllegalArgumentException ex) {
			this.err.println(ex.getMessage());
			this.err.println("Try: " + command.word() + " --help");
			return USAGE;
		}
		if (values.flag("help")) {
			this.out.print(help(command));
			return OK;
		}
		try {
			if (command == Command.LOAD) {
				LoadReport report = Simulation.load(loadConfig(values, this.out));
				return (report.failed() == 0 && report.acked() == report.sent()) ? OK : INCOMPLETE;
			}
			DriveReport report = Simulation.run(driveConfig(command, values, this.out));
			return report.complete() ? OK : INCOMPLETE;
		}
		catch (IllegalArgumentException ex) {
			this.err.println("Invalid option: " + ex.getMessage());
			return USAGE;
		}
		catch (SimulatorException ex) {
			this.err.println(ex.getMessage());
			return FAILED;
		}
	}

	/** Defaults, then the configuration file, then the flags. */
	static Values values(Command command, String[] args) {
		Map<String, Option> known = new LinkedHashMap<>();
		command.options().forEach(o -> known.put(o.name(), o));
		Map<String, List<String>> flags = new LinkedHashMap<>();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (!arg.startsWith("--") || arg.length() == 2) {
				throw new IllegalArgumentException("Unexpected argument '" + arg + "' (options start with --)");
			}
			String name = arg.substring(2);
			String value = null;
			int eq = name.indexOf('=');
			if (eq >= 0) {
				value = name.substring(eq + 1);
				name = name.substring(0, eq);
			}
			Option option = known.get(name);
			if (option == null) {
				throw new IllegalArgumentException("Unknown option --" + name + suggestion(name, known.keySet()));
			}
			if (option.isFlag()) {
				value = (value != null) ? value : "true";
			}
			else if (value == null) {
				if (i + 1 >= args.length) {
					throw new IllegalArgumentException("--" + name + " needs a value (" + option.value() + ")");
				}
				value = args[++i];
			}
			if (option.repeatable()) {
				flags.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
			}
			else {
				flags.put(name, new ArrayList<>(List.of(value)));
			}
		}
		Map<String, List<String>> merged = new LinkedHashMap<>();
		command.defaults().forEach((k, v) -> merged.put(k, List.of(v)));
		if (flags.containsKey("config")) {
			Path file = Path.of(flags.get("config").get(0));
			if (!Files.isRegularFile(file)) {
				throw new IllegalArgumentException("No configuration file " + file);
			}
			ConfigFile.read(file).forEach((name, value) -> {
				if (!known.containsKey(name) || name.equals("config")) {
					throw new IllegalArgumentException(
							"Unknown key '" + name + "' in " + file + suggestion(name, known.keySet()));
				}
				merged.put(name, value);
			});
		}
		merged.putAll(flags);
		return new Values(merged);
	}

	private static String suggestion(String name, Set<String> known) {
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (String candidate : known) {
			int d = distance(name, candidate);
			if (d < bestDistance) {
				bestDistance = d;
				best = candidate;
			}
		}
		return (best != null && bestDistance <= 3) ? " (did you mean --" + best + "?)" : "";
	}

	private static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

	static DriveConfig driveConfig(Command command, Values v, PrintStream out) {
		DriveConfig.Builder b = DriveConfig.builder();
		if (v.has("plan-file")) {
			b.planFile(Path.of(v.string("plan-file", null)));
		}
		b.api(URI.create(v.string("api", "http://127.0.0.1:8080")), v.string("user", "dispatcher"),
				v.string("password", "dispatcher"));
		b.bearerToken(v.string("token", null));
		if (v.has("date")) {
			try {
				b.date(LocalDate.parse(v.string("date", null)));
			}
			catch (DateTimeParseException ex) {
				throw new IllegalArgumentException("--date must be YYYY-MM-DD: " + v.string("date", null));
			}
		}
		b.waitForPlan(v.duration("wait-for-plan", Duration.ZERO), v.duration("plan-retry", Duration.ofSeconds(5)));
		b.broker(v.string("broker", "tcp://127.0.0.1:1884"));
		b.brokerCredentials(v.string("broker-user", null), v.string("broker-password", null));
		b.provisionDevices(v.flag("provision-devices"));
		if (v.has("device-credentials")) {
			b.deviceCredentials(Path.of(v.string("device-credentials", null)));
		}
		b.trustCertificates(v.string("trust-certificates", null));
		b.topicRoot(v.string("topic-root", "zaplecze/v1"));
		b.maxInflight(v.integer("max-inflight", 0));
		if (v.has("first-seq")) {
			b.firstSeq(v.longValue("first-seq", 1));
		}
		String speed = v.string("speed", "1");
		b.speed(speed.equalsIgnoreCase("max") ? Double.POSITIVE_INFINITY : v.number("speed", 1));
		b.start(v.string("start", "plan"));
		b.telemetryInterval(v.duration("telemetry-interval", Duration.ofSeconds(5)));
		b.vehicles(new LinkedHashSet<>(v.list("vehicles")));
		String seed = v.string("seed", "random");
		b.seed(seed.equalsIgnoreCase("random") ? System.nanoTime() & 0xFFFFFFL : v.longValue("seed", 1));
		try {
			b.zone(ZoneId.of(v.string("zone", "Europe/Warsaw")));
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException("--zone: unknown zone " + v.string("zone", null));
		}
		b.maxRate(v.number("max-rate", 0));
		b.drainTimeout(v.duration("drain-timeout", Duration.ofSeconds(30)));
		b.output(out, v.flag("quiet") ? Duration.ZERO : v.duration("progress", Duration.ofSeconds(5)));
		b.variation(variation(v));
		b.faults(faults(v));
		return b.build();
	}

	private static Variation variation(Values v) {
		Variation base = v.flag("no-variation") ? Variation.none() : Variation.realistic();
		return new Variation(v.number("vehicle-spread", base.vehicleSpread()),
				v.number("hourly-jitter", base.hourlyJitter()), v.number("rush-hour", base.rushHour()),
				v.number("slowdowns-per-hour", base.slowdownsPerHour()),
				v.has("slowdown-max") ? v.duration("slowdown-max", null).toMillis() / 1000.0
						: base.slowdownMaxSeconds(),
				v.number("service-variation", base.serviceVariation()), v.number("failure-rate", base.failureRate()),
				v.bool("wait-for-windows", base.waitForTimeWindows()));
	}

	private static Faults faults(Values v) {
		Breakdown.Mode mode = Breakdown.Mode.valueOf(v.string("breakdown-mode", "fail").toUpperCase(Locale.ROOT));
		Duration dropoutDuration = v.duration("dropout-duration", Duration.ofMinutes(3));
		return Faults.none()
			.withGpsNoise(v.number("gps-noise", 0))
			.withGpsJumps(v.number("gps-jump-rate", 0), v.number("gps-jump", 500))
			.withDuplicates(v.number("duplicate-rate", 0))
			.withReordering(v.number("reorder-rate", 0))
			.withDropouts(v.number("dropouts-per-hour", 0), dropoutDuration,
					v.list("dropout").stream().map(s -> Outage.parse(s, dropoutDuration)).toList())
			.withDisconnects(v.number("disconnects-per-hour", 0),
					v.list("disconnect").stream().map(s -> Outage.parse(s, Duration.ZERO)).toList())
			.withBreakdowns(v.list("breakdown").stream().map(s -> Breakdown.parse(s, mode)).toList());
	}

	static LoadConfig loadConfig(Values v, PrintStream out) {
		LoadConfig d = LoadConfig.defaults();
		double lat = d.centerLat();
		double lon = d.centerLon();
		if (v.has("center")) {
			List<String> parts = v.list("center");
			if (parts.size() != 2) {
				throw new IllegalArgumentException("--center must be LAT,LON");
			}
			lat = Double.parseDouble(parts.get(0));
			lon = Double.parseDouble(parts.get(1));
		}
		return new LoadConfig(v.string("broker", d.brokerUrl()), v.string("broker-user", null),
				v.string("broker-password", null), v.string("topic-root", d.topicRoot()), d.clientIdPrefix(),
				v.string("vehicle-prefix", d.vehiclePrefix()), v.integer("devices", d.devices()),
				v.integer("connections", d.connections()), v.number("rate", d.rate()),
				v.duration("duration", d.duration()), v.longValue("messages", d.messages()),
				v.duration("warmup", d.warmup()), v.integer("max-inflight", d.maxInflight()), v.integer("qos", d.qos()),
				socket(v.string("socket", "batching")), lat, lon, v.number("radius-km", d.radiusKm()),
				v.longValue("seed", d.seed()), v.has("first-seq") ? v.longValue("first-seq", 1) : null,
				v.duration("progress", d.progressInterval()), out);
	}

	private static LoadConfig.Client socket(String value) {
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "batching" -> LoadConfig.Client.PAHO_BATCHING;
			case "plain" -> LoadConfig.Client.PAHO_PLAIN;
			case "raw" -> LoadConfig.Client.RAW;
			default -> throw new IllegalArgumentException("--socket must be batching, plain or raw: " + value);
		};
	}

	static String usage() {
		StringBuilder s = new StringBuilder();
		s.append("Zaplecze fleet simulator: simulated drivers' devices over MQTT (demo, routes, faults, load).\n\n");
		s.append("Usage: zaplecze simulator <command> [options]      (java -jar simulator.jar <command> …)\n\n");
		s.append("Commands:\n");
		for (Command c : Command.values()) {
			s.append(String.format(Locale.ROOT, "  %-7s %s%n", c.word(), c.summary()));
		}
		s.append("\n<command> --help lists its options. Durations: 5s, 3m, 1h30m or PT5S.\n");
		return s.toString();
	}

	static String help(Command command) {
		StringBuilder s = new StringBuilder();
		s.append("Usage: zaplecze simulator ").append(command.word()).append(" [options]\n");
		s.append(command.summary()).append("\n");
		if (!command.defaults().isEmpty()) {
			s.append("Defaults of this command: ");
			s.append(String.join(", ",
					command.defaults()
						.entrySet()
						.stream()
						.sorted(Map.Entry.comparingByKey())
						.map(e -> "--" + e.getKey() + " " + e.getValue())
						.toList()));
			s.append("\n");
		}
		command.groups().forEach((title, options) -> {
			s.append("\n").append(title).append(":\n");
			for (Option o : options) {
				String left = "--" + o.name() + (o.isFlag() ? "" : " " + o.value());
				s.append(String.format(Locale.ROOT, "  %-36s %s%s%n", left, o.help(),
						o.repeatable() ? " (repeatable)" : ""));
			}
		});
		s.append("\nExamples:\n");
		switch (command) {
			case DEMO -> s.append("  zaplecze simulator demo --api http://127.0.0.1:8080\n");
			case DRIVE -> s
				.append("""
						  zaplecze simulator drive --date 2026-11-27 --user dispatcher --password dispatcher --speed 60
						  zaplecze simulator drive --plan-file plan.json --speed max --seed 7 --gps-noise 8 --duplicate-rate 0.01
						  zaplecze simulator drive --plan-file plan.json --speed 60 --dropout 'VAN-02@10:15+10m' --breakdown 'VAN-03@11:00/silent'
						""");
			case LOAD -> s.append("""
					  zaplecze simulator load --devices 5000 --connections 2 --duration 30s
					  zaplecze simulator load --rate 20000 --duration 5m --broker tcp://broker:1883
					""");
		}
		return s.toString();
	}

	/** Option values after merging; typed reads with the option name in every error. */
	record Values(Map<String, List<String>> values) {

		boolean has(String name) {
			List<String> v = this.values.get(name);
			return v != null && !v.isEmpty() && !v.get(0).isBlank();
		}

		String string(String name, String fallback) {
			return has(name) ? this.values.get(name).get(this.values.get(name).size() - 1).trim() : fallback;
		}

		boolean flag(String name) {
			return has(name) && bool(name, false);
		}

		boolean bool(String name, boolean fallback) {
			if (!has(name)) {
				return fallback;
			}
			String v = string(name, null).toLowerCase(Locale.ROOT);
			return switch (v) {
				case "true", "yes", "on", "1" -> true;
				case "false", "no", "off", "0" -> false;
				default -> throw new IllegalArgumentException("--" + name + " must be true or false: " + v);
			};
		}

		double number(String name, double fallback) {
			try {
				return has(name) ? Double.parseDouble(string(name, null)) : fallback;
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException("--" + name + " must be a number: " + string(name, null));
			}
		}

		int integer(String name, int fallback) {
			try {
				return has(name) ? Integer.parseInt(string(name, null)) : fallback;
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException("--" + name + " must be a whole number: " + string(name, null));
			}
		}

		long longValue(String name, long fallback) {
			try {
				return has(name) ? Long.parseLong(string(name, null)) : fallback;
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException("--" + name + " must be a whole number: " + string(name, null));
			}
		}

		Duration duration(String name, Duration fallback) {
			if (!has(name)) {
				return fallback;
			}
			try {
				return Durations.parse(string(name, null));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("--" + name + ": " + ex.getMessage());
			}
		}

		/** All values, comma-separated ones split, blanks dropped. */
		List<String> list(String name) {
			List<String> items = new ArrayList<>();
			for (String value : this.values.getOrDefault(name, List.of())) {
				for (String item : value.split(",")) {
					if (!item.isBlank()) {
						items.add(item.trim());
					}
				}
			}
			return items;
		}

	}

}
