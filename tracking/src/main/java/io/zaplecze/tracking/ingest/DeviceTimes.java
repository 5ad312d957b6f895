package io.zaplecze.tracking.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * Parses a device time, an ISO-8601 date-time with an offset. The form every device sends
 * ({@code 2026-11-27T08:15:30Z}, optional fraction, {@code Z} or {@code ±HH:MM}) is read directly:
 * {@link OffsetDateTime#parse} costs more than the rest of the decoding of a position together.
 * Anything else goes to {@code OffsetDateTime.parse}, so exactly the same texts are accepted.
 */
final class DeviceTimes {

	private DeviceTimes() {
	}

	/** The instant, or an exception of {@code OffsetDateTime.parse} for a text it refuses. */
	static Instant parse(String text) {
		Instant fast = parseCommonForm(text);
		return (fast != null) ? fast : OffsetDateTime.parse(text).toInstant();
	}

	/** {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}](Z|±HH:MM)}, every field in range; otherwise null. */
	static @Nullable Instant parseCommonForm(String s) {
		int n = s.length();
		if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
				|| s.charAt(16) != ':') {
			return null;
		}
		int year = digits(s, 0, 4);
		int month = digits(s, 5, 2);
		int day = digits(s, 8, 2);
		int hour = digits(s, 11, 2);
		int minute = digits(s, 14, 2);
		int second = digits(s, 17, 2);
		if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0
				|| minute > 59 || second < 0 || second > 59) {
			return null;
		}
		int i = 19;
		int nanos = 0;
		if (s.charAt(i) == '.') {
			int start = ++i;
			while (i < n && i - start < 9 && isDigit(s.charAt(i))) {
				nanos = nanos * 10 + (s.charAt(i) - '0');
				i++;
			}
			int fractionDigits = i - start;
			if (fractionDigits == 0 || (i < n && isDigit(s.charAt(i)))) {
				return null;
			}
			for (int k = fractionDigits; k < 9; k++) {
				nanos *= 10;
			}
		}
		int offsetSeconds;
		if (i == n - 1 && s.charAt(i) == 'Z') {
			offsetSeconds = 0;
		}
		else if (i == n - 6 && (s.charAt(i) == '+' || s.charAt(i) == '-') && s.charAt(i + 3) == ':') {
			int oh = digits(s, i + 1, 2);
			int om = digits(s, i + 4, 2);
			if (oh < 0 || oh > 18 || om < 0 || om > 59 || (oh == 18 && om > 0)) {
				return null;
			}
			offsetSeconds = ((s.charAt(i) == '-') ? -1 : 1) * (oh * 3600 + om * 60);
		}
		else {
			return null;
		}
		long epochDay;
		try {
			epochDay = LocalDate.of(year, month, day).toEpochDay();
		}
		catch (DateTimeException ex) {
			return null; // 31 April and the like: let the full parser say so
		}
		long epochSecond = epochDay * 86_400L + hour * 3600L + minute * 60L + second - offsetSeconds;
		return Instant.ofEpochSecond(epochSecond, nanos);
	}

	private static int digits(String s, int from, int count) {
		int value = 0;
		for (int i = from; i < from + count; i++) {
			char c = s.charAt(i);
			if (!isDigit(c)) {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

}
