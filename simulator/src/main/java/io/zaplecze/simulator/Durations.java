package io.zaplecze.simulator;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads durations the way people write them: {@code 5s}, {@code 250ms}, {@code 3m},
 * {@code 1h30m}, or ISO {@code PT5S}.
 */
public final class Durations {

	private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h|d)");

	private Durations() {
	}

	public static Duration parse(String text) {
		String t = text.trim().toLowerCase(Locale.ROOT);
		if (t.startsWith("p")) {
			try {
				return Duration.parse(text.trim().toUpperCase(Locale.ROOT));
			}
			catch (DateTimeParseException ex) {
				throw new IllegalArgumentException("not a duration: '" + text + "'");
			}
		}
		if (t.equals("0")) {
			return Duration.ZERO;
		}
		Matcher m = PART.matcher(t);
		int end = 0;
		double millis = 0;
		while (m.find()) {
			if (m.start() != end) {
				break;
			}
			double value = Double.parseDouble(m.group(1));
			millis += value * switch (m.group(2)) {
				case "ms" -> 1;
				case "s" -> 1_000;
				case "m" -> 60_000;
				case "h" -> 3_600_000;
				default -> 86_400_000;
			};
			end = m.end();
		}
		if (end == 0 || end != t.length()) {
			throw new IllegalArgumentException("not a duration (e.g. 5s, 3m, 1h30m, PT5S): '" + text + "'");
		}
		return Duration.ofMillis(Math.round(millis));
	}

	/** Short human form: {@code 1h05m}, {@code 3m20s}, {@code 5s}, {@code 250ms}. */
	public static String format(Duration d) {
		long ms = d.toMillis();
		if (ms < 1000) {
			return ms + "ms";
		}
		long s = ms / 1000;
		if (s < 60) {
			return (ms % 1000 == 0) ? s + "s" : String.format(Locale.ROOT, "%.1fs", ms / 1000.0);
		}
		if (s < 3600) {
			return (s % 60 == 0) ? (s / 60) + "m" : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
		}
		return String.format(Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60);
	}

}
