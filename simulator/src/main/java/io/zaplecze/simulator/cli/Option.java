package io.zaplecze.simulator.cli;

/**
 * One command-line option (also a key in a configuration file).
 *
 * @param name the long name without dashes, e.g. {@code speed}
 * @param value what its value is, for the help text ({@code null}: a flag without value)
 * @param help one line of help
 * @param repeatable whether it may be given several times (values accumulate)
 */
record Option(String name, String value, String help, boolean repeatable) {

	static Option of(String name, String value, String help) {
		return new Option(name, value, help, false);
	}

	static Option list(String name, String value, String help) {
		return new Option(name, value, help, true);
	}

	static Option flag(String name, String help) {
		return new Option(name, null, help, false);
	}

	boolean isFlag() {
		return this.value == null;
	}

}
