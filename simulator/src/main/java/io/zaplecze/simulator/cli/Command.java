package io.zaplecze.simulator.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A sub-command: its options with their defaults, and its help text. */
enum Command {

	DEMO("demo", "Drive today's published plan at ×30 for the demo day: waits for the plan, then drives every route.",
			Map.of("speed", "30", "wait-for-plan", "10m", "progress", "10s", "seed", "random")),

	DRIVE("drive",
			"Drive a published plan (fetched for --date, or read from --plan-file) with variation and faults on demand.",
			Map.of("speed", "1", "wait-for-plan", "0s", "progress", "5s", "seed", "random")),

	LOAD("load",
			"Thousands of virtual devices publish synthetic telemetry at a target rate (QoS 1) to measure the broker and ingest.",
			Map.of());

	private static final List<Option> GENERAL = List.of(
			Option.of("config", "FILE",
					"read options from a .properties or .yaml file (keys = option names); flags win"),
			Option.flag("help", "this help"));

	private static final List<Option> MQTT = List.of(Option.of("broker", "URL", "MQTT broker [tcp://127.0.0.1:1884]"),
			Option.of("broker-user", "NAME", "broker user name [anonymous]"),
			Option.of("broker-password", "SECRET", "broker password"),
			Option.of("topic-root", "ROOT", "topics are ROOT/vehicles/{id}/telemetry|events [zaplecze/v1]"),
			Option.of("max-inflight", "N",
					"cap on unacknowledged publishes per connection [0 = the broker's Receive Maximum]"),
			Option.of("first-seq", "N",
					"first seq of every device [wall-clock seconds × 10^6, so re-runs never reuse seqs]"));

	private static final List<Option> PLAN = List.of(Option.of("api", "URL", "the application [http://127.0.0.1:8080]"),
			Option.of("user", "NAME", "API user (HTTP Basic) [driver]"),
			Option.of("password", "SECRET", "API password [driver]"),
			Option.of("token", "JWT", "bearer token instead of Basic (JWT mode)"),
			Option.of("date", "YYYY-MM-DD", "the day whose published plan is driven [today in --zone]"),
			Option.of("wait-for-plan", "DURATION", "keep retrying while the plan is not published or the API is down"),
			Option.of("plan-retry", "DURATION", "pause between those retries [5s]"),
			Option.of("trust-certificates", "PEM", "for ssl:// brokers: the certificate(s) to trust [the JVM's]"),
			Option.flag("provision-devices",
					"give every device its own broker account through the API (needs a DISPATCHER or ADMIN --user)"),
			Option.of("device-credentials", "FILE",
					"every device's own broker account from a .properties file (<vehicleId>.username/.clientId/.secret)"));

	private static final List<Option> DRIVING = List.of(
			Option.of("speed", "FACTOR|max",
					"simulated seconds per wall second (1 = real time, 30, 60 …; max = no waiting)"),
			Option.of("start", "plan|now|HH:mm|INSTANT",
					"where the simulated clock starts [plan = 1 min before the first departure]"),
			Option.of("telemetry-interval", "DURATION", "simulated time between fixes [5s]"),
			Option.of("vehicles", "ID,ID…", "only these vehicles [all]"),
			Option.of("seed", "N|random", "random seed; the same seed and plan give the same day"),
			Option.of("zone", "ZONE", "zone of the clock hours (traffic, fault times, default date) [Europe/Warsaw]"),
			Option.of("max-rate", "MSG/S",
					"at most this many publishes per wall second over all vehicles [0 = no limit]"),
			Option.of("drain-timeout", "DURATION", "wait this long for outstanding acknowledgements at the end [30s]"),
			Option.of("progress", "DURATION", "wall time between progress lines (0 = none)"),
			Option.flag("quiet", "no progress lines, only the summary"));

	private static final List<Option> VARIATION = List.of(
			Option.flag("no-variation", "drive the plan exactly: road speeds, planned service times, no failures"),
			Option.of("vehicle-spread", "FRACTION", "per-vehicle traffic factor 1 ± this [0.10]"),
			Option.of("hourly-jitter", "FRACTION", "per-vehicle-hour traffic factor 1 ± this [0.05]"),
			Option.of("rush-hour", "FRACTION", "extra driving time 07–09 and 16–18 local [0.30]"),
			Option.of("slowdowns-per-hour", "N", "random slow-downs per hour of driving [1.5]"),
			Option.of("slowdown-max", "DURATION", "longest delay of one slow-down [3m]"),
			Option.of("service-variation", "FRACTION", "service time = planned × (1 ± this) [0.25]"),
			Option.of("failure-rate", "FRACTION", "share of deliveries that fail, with realistic reasons [0.05]"),
			Option.of("wait-for-windows", "true|false", "wait at the door until the customer's window opens [true]"));

	private static final List<Option> FAULTS = List.of(
			Option.of("gps-noise", "METRES", "Gaussian noise (σ) on every fix [0]"),
			Option.of("gps-jump-rate", "FRACTION", "share of fixes that jump far away [0]"),
			Option.of("gps-jump", "METRES", "typical jump distance [500]"),
			Option.of("duplicate-rate", "FRACTION", "share of messages published twice (same seq) [0]"),
			Option.of("reorder-rate", "FRACTION", "share of messages published after the next one [0]"),
			Option.of("dropouts-per-hour", "N",
					"random connectivity losses per vehicle-hour; queued and resent in order [0]"),
			Option.of("dropout-duration", "DURATION", "typical dropout length, simulated [3m]"),
			Option.list("dropout", "ID@TIME[+DURATION]",
					"a dropout at a time (HH:mm on the plan's day or an instant); ID * = all"),
			Option.of("disconnects-per-hour", "N",
					"abrupt broker disconnects per vehicle-hour; unacknowledged messages resent [0]"),
			Option.list("disconnect", "ID@TIME", "an abrupt broker disconnect at a time; ID * = all"),
			Option.list("breakdown", "ID@TIME[/fail|silent|stall]",
					"the vehicle breaks down (fail: remaining stops FAILED then silent; silent; stall: stands still reporting)"),
			Option.of("breakdown-mode", "fail|silent|stall", "mode of breakdowns that name none [fail]"));

	private static final List<Option> LOAD_OPTIONS = List.of(Option.of("devices", "N", "virtual devices [2000]"),
			Option.of("connections", "N", "MQTT connections, one publishing thread each [2]"),
			Option.of("rate", "MSG/S", "target publishes per second over all connections [0 = as fast as possible]"),
			Option.of("duration", "DURATION", "how long to publish [30s]"),
			Option.of("messages", "N", "stop after this many publishes [0 = no limit]"),
			Option.of("warmup", "DURATION", "left out of the steady rate [3s]"),
			Option.of("qos", "0|1", "QoS of the publishes [1]"),
			Option.of("socket", "batching|plain|raw",
					"batching: buffered reads, group-committed writes under Paho; plain: Paho's own; raw: the minimal publisher without Paho [batching]"),
			Option.of("center", "LAT,LON", "centre of the synthetic tracks [52.2297,21.0122]"),
			Option.of("radius-km", "KM", "radius of the synthetic tracks [15]"),
			Option.of("vehicle-prefix", "PREFIX", "virtual vehicle ids PREFIX00001… [LOAD-]"),
			Option.of("seed", "N", "random seed of the tracks [1]"),
			Option.of("progress", "DURATION", "wall time between progress lines (0 = none) [1s]"));

	private final String word;

	private final String summary;

	private final Map<String, String> defaults;

	Command(String word, String summary, Map<String, String> defaults) {
		this.word = word;
		this.summary = summary;
		this.defaults = defaults;
	}

	String word() {
		return this.word;
	}

	String summary() {
		return this.summary;
	}

	/** Defaults that differ between commands (the rest are in the option's help). */
	Map<String, String> defaults() {
		return this.defaults;
	}

	static Command of(String word) {
		for (Command command : values()) {
			if (command.word.equals(word)) {
				return command;
			}
		}
		return null;
	}

	/** Option groups of this command, titled, in help order. */
	Map<String, List<Option>> groups() {
		Map<String, List<Option>> groups = new LinkedHashMap<>();
		if (this == LOAD) {
			groups.put("Load", LOAD_OPTIONS);
			groups.put("MQTT", MQTT);
		}
		else {
			List<Option> plan = new ArrayList<>();
			if (this == DRIVE) {
				plan.add(Option.of("plan-file", "FILE",
						"drive this plan JSON (the REST contract's shape) instead of fetching one"));
			}
			plan.addAll(PLAN);
			groups.put("Plan", plan);
			groups.put("MQTT", MQTT);
			groups.put("Driving", DRIVING);
			groups.put("Variation", VARIATION);
			groups.put("Faults", FAULTS);
		}
		groups.put("General", GENERAL);
		return groups;
	}

	List<Option> options() {
		return groups().values().stream().flatMap(List::stream).toList();
	}

}
