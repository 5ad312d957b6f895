package io.zaplecze.simulator.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;

import io.zaplecze.simulator.Breakdown;
import io.zaplecze.simulator.DriveConfig;
import io.zaplecze.simulator.LoadConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommandLineTests {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return CommandLine.run(args, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private static DriveConfig drive(String... args) {
		return CommandLine.driveConfig(Command.DRIVE, CommandLine.values(Command.DRIVE, args), System.out);
	}

	@Test
	void everyCommandHasHelpListingItsOptions() {
		for (Command command : Command.values()) {
			this.out.reset();
			assertThat(run(command.word(), "--help")).isZero();
			String help = this.out.toString(StandardCharsets.UTF_8);
			assertThat(help).startsWith("Usage: zaplecze simulator " + command.word());
			command.options().forEach(o -> assertThat(help).contains("--" + o.name()));
		}
		assertThat(run()).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("demo", "drive", "load");
	}

	@Test
	void wrongUsageExitsWithTwoAndSaysWhy() {
		assertThat(run("fly")).isEqualTo(2);
		assertThat(run("drive", "--sped", "30")).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("Unknown option --sped (did you mean --speed?)");
		assertThat(run("drive", "--speed")).isEqualTo(2);
		assertThat(run("load", "--gps-noise", "5")).isEqualTo(2);
		assertThat(run("drive", "--plan-file", "x.json", "--telemetry-interval", "soon")).isEqualTo(2);
	}

	@Test
	void readsFlagsIntoADriveConfiguration() {
		DriveConfig config = drive("--plan-file", "p.json", "--speed", "max", "--seed", "9", "--gps-noise=8",
				"--breakdown", "VAN-03@11:00/silent", "--breakdown", "VAN-04@12:15", "--breakdown-mode", "stall",
				"--dropout", "VAN-02@10:15+10m,VAN-05@10:30", "--vehicles", "VAN-02, VAN-03", "--no-variation",
				"--failure-rate", "0.2", "--telemetry-interval", "2s");
		assertThat(config.planFile()).isEqualTo(Path.of("p.json"));
		assertThat(config.speed()).isInfinite();
		assertThat(config.seed()).isEqualTo(9);
		assertThat(config.faults().gpsNoiseMeters()).isEqualTo(8);
		assertThat(config.faults().breakdowns()).containsExactly(
				new Breakdown("VAN-03", io.zaplecze.simulator.When.at(LocalTime.of(11, 0)), Breakdown.Mode.SILENT),
				new Breakdown("VAN-04", io.zaplecze.simulator.When.at(LocalTime.of(12, 15)), Breakdown.Mode.STALL));
		assertThat(config.faults().dropouts()).extracting(o -> o.duration())
			.containsExactly(Duration.ofMinutes(10), Duration.ofMinutes(3));
		assertThat(config.vehicles()).containsExactlyInAnyOrder("VAN-02", "VAN-03");
		assertThat(config.variation().vehicleSpread()).isZero();
		assertThat(config.variation().failureRate()).isEqualTo(0.2);
		assertThat(config.telemetryInterval()).isEqualTo(Duration.ofSeconds(2));
	}

	@Test
	void theDemoDrivesAtThirtyTimesAndWaitsForThePlan() {
		DriveConfig config = CommandLine.driveConfig(Command.DEMO,
				CommandLine.values(Command.DEMO, new String[] { "--api", "http://127.0.0.1:8080" }), System.out);
		assertThat(config.speed()).isEqualTo(30);
		assertThat(config.waitForPlan()).isEqualTo(Duration.ofMinutes(10));
		assertThat(config.username()).isEqualTo("dispatcher");
		assertThat(config.brokerUrl()).isEqualTo("tcp://127.0.0.1:1884");
		assertThat(config.topicRoot()).isEqualTo("zaplecze/v1");
		assertThat(config.start()).isEqualTo("plan");
		assertThat(config.planFile()).isNull();
	}

	@Test
	void aPropertiesFileSetsOptionsAndFlagsWin() throws IOException {
		Path file = this.dir.resolve("sim.properties");
		Files.writeString(file, "speed=60\ngps-noise=5\ntopic-root=fleet/v2\nbreakdown=VAN-01@10:00,VAN-02@11:00\n");
		DriveConfig config = drive("--config", file.toString(), "--speed", "10");
		assertThat(config.speed()).isEqualTo(10);
		assertThat(config.faults().gpsNoiseMeters()).isEqualTo(5);
		assertThat(config.topicRoot()).isEqualTo("fleet/v2");
		assertThat(config.faults().breakdowns()).hasSize(2);
	}

	@Test
	void aYamlFileSetsOptionsWithListsAsSequences() throws IOException {
		Path file = this.dir.resolve("sim.yaml");
		Files.writeString(file, """
				# the nightly chaos run
				speed: max
				duplicate-rate: 0.01
				disconnect:
				  - "VAN-01@09:00"
				  - "*@12:00"
				wait-for-windows: false
				""");
		DriveConfig config = drive("--config", file.toString());
		assertThat(config.speed()).isInfinite();
		assertThat(config.faults().duplicateRate()).isEqualTo(0.01);
		assertThat(config.faults().disconnects()).extracting(o -> o.vehicleId()).containsExactly("VAN-01", "*");
		assertThat(config.variation().waitForTimeWindows()).isFalse();
	}

	@Test
	void aConfigurationFileWithAnUnknownKeyIsRefused() throws IOException {
		Path file = this.dir.resolve("bad.yml");
		Files.writeString(file, "speeed: 5\n");
		assertThatThrownBy(() -> drive("--config", file.toString())).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("Unknown key 'speeed'")
			.hasMessageContaining("did you mean --speed?");
	}

	@Test
	void readsFlagsIntoALoadConfiguration() {
		LoadConfig config = CommandLine.loadConfig(CommandLine.values(Command.LOAD, new String[] { "--devices", "5000",
				"--connections", "4", "--rate", "20000", "--duration", "1m", "--center", "50.06,19.94", "--qos", "0" }),
				System.out);
		assertThat(config.devices()).isEqualTo(5000);
		assertThat(config.connections()).isEqualTo(4);
		assertThat(config.rate()).isEqualTo(20000);
		assertThat(config.duration()).isEqualTo(Duration.ofMinutes(1));
		assertThat(config.centerLat()).isEqualTo(50.06);
		assertThat(config.qos()).isZero();
	}

	@Test
	void aRunThatCannotReachTheBrokerFailsWithExitCodeOne() throws IOException {
		Path plan = this.dir.resolve("plan.json");
		try (var in = getClass().getClassLoader().getResourceAsStream("plans/two-vans.json")) {
			Files.write(plan, in.readAllBytes());
		}
		assertThat(run("drive", "--plan-file", plan.toString(), "--broker", "tcp://127.0.0.1:1", "--speed", "max",
				"--quiet"))
			.isEqualTo(1);
		assertThat(this.err.toString(StandardCharsets.UTF_8))
			.contains("Cannot connect to the MQTT broker tcp://127.0.0.1:1");
	}

}
