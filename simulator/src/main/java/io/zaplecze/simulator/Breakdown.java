package io.zaplecze.simulator;

/**
 * A vehicle breaks down at a given time and stops moving.
 *
 * @param vehicleId the vehicle
 * @param at when
 * @param mode what its device does afterwards
 */
public record Breakdown(String vehicleId, When at, Mode mode) {

	/** What the device of a broken-down vehicle does. */
	public enum Mode {

		/**
		 * The driver reports every stop not yet served as FAILED (reason OTHER) at the
		 * breakdown time, then the device goes silent (the vehicle is towed).
		 */
		FAIL,

		/** The device goes silent at once (power lost): the remaining stops stay open. */
		SILENT,

		/**
		 * The vehicle stands still and its device keeps reporting its position (speed 0)
		 * until the planned end of its day, with no more stop events.
		 */
		STALL

	}

	/**
	 * Parses {@code VAN-03@10:30}, {@code VAN-03@10:30/silent} or
	 * {@code VAN-03@2026-11-27T09:30:00Z/stall}; the mode defaults to
	 * {@code defaultMode}.
	 */
	public static Breakdown parse(String text, Mode defaultMode) {
		When.Scheduled s = When.Scheduled.parse(text, '/', "a breakdown is VEHICLE@TIME[/fail|silent|stall]");
		Mode mode = (s.suffix() != null) ? Mode.valueOf(s.suffix().toUpperCase(java.util.Locale.ROOT)) : defaultMode;
		return new Breakdown(s.vehicleId(), s.at(), mode);
	}

}
