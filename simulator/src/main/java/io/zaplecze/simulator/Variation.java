package io.zaplecze.simulator;

/**
 * How far real driving departs from the plan. Traffic multiplies the road network's
 * driving times:
 * {@code vehicleFactor × hourProfile(local hour) × (1 ± hourlyJitter) × slow-downs}.
 *
 * @param vehicleSpread each vehicle's own factor is drawn uniformly from
 * {@code 1 ± vehicleSpread} (driver style, vehicle size)
 * @param hourlyJitter each vehicle-hour adds a uniform {@code ± hourlyJitter}
 * @param rushHour extra driving time in the rush hours (07:00–09:00 and 16:00–18:00
 * local; half of it in the shoulder hours, a quarter around midday)
 * @param slowdownsPerHour random slow-downs (queues, road works, deliveries in the lane)
 * per hour of driving
 * @param slowdownMaxSeconds the most a slow-down delays the vehicle (each one: uniform
 * from 15 s)
 * @param serviceVariation service time at a stop is the planned one × uniform
 * {@code 1 ± serviceVariation}
 * @param failureRate probability that a delivery fails (reasons weighted as
 * {@link FailureReason})
 * @param waitForTimeWindows a driver who arrives before the customer's window waits for
 * it to open
 */
public record Variation(double vehicleSpread, double hourlyJitter, double rushHour, double slowdownsPerHour,
		double slowdownMaxSeconds, double serviceVariation, double failureRate, boolean waitForTimeWindows) {

	public Variation {
		requireFraction("vehicleSpread", vehicleSpread, 0.9);
		requireFraction("hourlyJitter", hourlyJitter, 0.9);
		requireFraction("serviceVariation", serviceVariation, 0.9);
		requireFraction("failureRate", failureRate, 1.0);
		if (rushHour < 0 || slowdownsPerHour < 0 || slowdownMaxSeconds < 15 && slowdownsPerHour > 0) {
			throw new IllegalArgumentException("rushHour and slowdownsPerHour must be >= 0, slowdownMaxSeconds >= 15");
		}
	}

	/** Everyday variation: what the demo and {@code drive} use unless told otherwise. */
	public static Variation realistic() {
		return new Variation(0.10, 0.05, 0.30, 1.5, 180, 0.25, 0.05, true);
	}

	/** The plan exactly: road speeds, planned service times, every delivery succeeds. */
	public static Variation none() {
		return new Variation(0, 0, 0, 0, 15, 0, 0, true);
	}

	public Variation withFailureRate(double rate) {
		return new Variation(this.vehicleSpread, this.hourlyJitter, this.rushHour, this.slowdownsPerHour,
				this.slowdownMaxSeconds, this.serviceVariation, rate, this.waitForTimeWindows);
	}

	private static void requireFraction(String name, double value, double max) {
		if (!(value >= 0 && value <= max)) {
			throw new IllegalArgumentException(name + " must be within [0, " + max + "]: " + value);
		}
	}

}
