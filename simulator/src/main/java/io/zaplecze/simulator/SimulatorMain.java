package io.zaplecze.simulator;

/**
 * The fleet simulator's command line. It talks to Zaplecze only through the MQTT device contract
 * and the REST API.
 */
public final class SimulatorMain {

	private SimulatorMain() {
	}

	public static void main(String[] args) {
		System.out.println("""
				Usage: zaplecze-simulator [options]
				  --help    this text
				(The simulator's modes arrive with its issue.)""");
	}

}
