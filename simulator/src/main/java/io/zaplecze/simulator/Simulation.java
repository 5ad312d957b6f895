package io.zaplecze.simulator;

import io.zaplecze.simulator.drive.DriveRunner;
import io.zaplecze.simulator.load.LoadGenerator;

/**
 * The simulator as a library: what the command line runs, callable from a test.
 *
 * <pre>{@code
 * DriveReport report = Simulation.run(DriveConfig.builder()
 *     .api(URI.create("http://localhost:" + port), "dispatcher", "dispatcher")
 *     .date(day)
 *     .broker(brokerUrl).topicRoot(topicRoot)
 *     .asFastAsPossible().maxRate(2_000)
 *     .seed(7)
 *     .build());
 * assertThat(storedTelemetry).isEqualTo(report.telemetrySent());
 * }</pre>
 */
public final class Simulation {

	private Simulation() {
	}

	/**
	 * Drives a published plan to the end and reports what was sent.
	 * @throws SimulatorException when the plan cannot be had or the broker cannot be
	 * reached
	 */
	public static DriveReport run(DriveConfig config) {
		try {
			return DriveRunner.run(config);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SimulatorException("Interrupted", ex);
		}
	}

	/** Runs the load mode and reports the achieved rate. */
	public static LoadReport load(LoadConfig config) {
		try {
			return LoadGenerator.run(config);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SimulatorException("Interrupted", ex);
		}
	}

}
