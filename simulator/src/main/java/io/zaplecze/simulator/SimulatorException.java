package io.zaplecze.simulator;

/**
 * The simulator cannot do what it was asked: the plan cannot be fetched or read, the
 * broker cannot be reached, the configuration is invalid. The message is meant for the
 * operator.
 */
public class SimulatorException extends RuntimeException {

	public SimulatorException(String message) {
		super(message);
	}

	public SimulatorException(String message, Throwable cause) {
		super(message, cause);
	}

}
