package io.zaplecze.simulator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * A moment for a scheduled fault: an absolute instant, or a clock time on the plan's day
 * in the simulation's zone (the plan's date is known only once it has been fetched).
 *
 * @param instant an absolute instant, or null
 * @param localTime a clock time on the plan's day, or null
 */
public record When(Instant instant, LocalTime localTime) {

	public When {
		if ((instant == null) == (localTime == null)) {
			throw new IllegalArgumentException("exactly one of instant and localTime");
		}
	}

	public static When at(Instant instant) {
		return new When(instant, null);
	}

	public static When at(LocalTime localTime) {
		return new When(null, localTime);
	}

	/**
	 * Parses {@code 10:30}, {@code 10:30:15} or an ISO instant such as
	 * {@code 2026-11-27T09:30:00Z}.
	 */
	public static When parse(String text) {
		try {
			return text.contains("T") ? at(Instant.parse(text)) : at(LocalTime.parse(text));
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("not a time (HH:mm[:ss]) or an ISO instant: '" + text + "'");
		}
	}

	/** Epoch seconds of this moment on the given day. */
	public double resolve(LocalDate day, ZoneId zone) {
		Instant resolved = (this.instant != null) ? this.instant : day.atTime(this.localTime).atZone(zone).toInstant();
		return resolved.toEpochMilli() / 1000.0;
	}

	@Override
	public String toString() {
		return (this.instant != null) ? this.instant.toString() : this.localTime.toString();
	}

	/**
	 * {@code VEHICLE@TIME[<separator>SUFFIX]}, the form of scheduled faults on the
	 * command line.
	 *
	 * @param vehicleId the vehicle, or {@code *}
	 * @param at when
	 * @param suffix what follows the separator, or null
	 */
	record Scheduled(String vehicleId, When at, String suffix) {

		static Scheduled parse(String text, char separator, String form) {
			int at = text.indexOf('@');
			if (at <= 0) {
				throw new IllegalArgumentException(form + ": '" + text + "'");
			}
			String rest = text.substring(at + 1);
			String suffix = null;
			int split = rest.indexOf(separator);
			if (split >= 0) {
				suffix = rest.substring(split + 1).trim();
				rest = rest.substring(0, split);
			}
			return new Scheduled(text.substring(0, at).trim(), When.parse(rest.trim()), suffix);
		}

	}

}
