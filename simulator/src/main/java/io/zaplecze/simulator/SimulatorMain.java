package io.zaplecze.simulator;

import io.zaplecze.simulator.cli.CommandLine;

/**
 * The fleet simulator's command line ({@code demo}, {@code drive}, {@code load}). It
 * talks to Zaplecze only through the MQTT device contract and the REST API.
 */
public final class SimulatorMain {

	private SimulatorMain() {
	}

	public static void main(String[] args) {
		int code = CommandLine.run(args, System.out, System.err);
		System.out.flush();
		System.exit(code);
	}

}
