package io.zaplecze.simulator.device;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import io.zaplecze.simulator.FailureReason;
import io.zaplecze.simulator.StopEventType;

/**
 * Writes the device contract's JSON payloads straight into bytes: fixed field order,
 * fixed decimals (lat/lon 6 ≈ 0.1 m, the rest 1), ISO-8601 UTC times with milliseconds
 * only when not zero. No reflection and no intermediate strings, because the load mode
 * encodes tens of thousands a second.
 */
public final class Payloads {

	private static final byte[] SEQ = ascii(",\"seq\":");

	private static final byte[] DEVICE_TIME = ascii(",\"deviceTime\":\"");

	private static final byte[] LAT = ascii("\",\"lat\":");

	private static final byte[] LON = ascii(",\"lon\":");

	private static final byte[] SPEED = ascii(",\"speedKmh\":");

	private static final byte[] HEADING = ascii(",\"heading\":");

	private static final byte[] ACCURACY = ascii(",\"accuracyM\":");

	private static final long[] POWERS = { 1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000 };

	private Payloads() {
	}

	/**
	 * The constant start of a vehicle's telemetry payloads: {@code {"vehicleId":"..."}.
	 */
	public static byte[] telemetryPrefix(String vehicleId) {
		Writer w = new Writer(64);
		w.raw("{\"vehicleId\":");
		w.string(vehicleId);
		return w.toBytes();
	}

	/** A telemetry payload. */
	public static byte[] telemetry(String vehicleId, long seq, long epochMillis, double lat, double lon,
			double speedKmh, double heading, double accuracyM) {
		return telemetry(telemetryPrefix(vehicleId), seq, epochMillis, lat, lon, speedKmh, heading, accuracyM);
	}

	/** A telemetry payload after a prefix from {@link #telemetryPrefix(String)}. */
	public static byte[] telemetry(byte[] prefix, long seq, long epochMillis, double lat, double lon, double speedKmh,
			double heading, double accuracyM) {
		Writer w = new Writer(prefix.length + 140);
		w.raw(prefix);
		w.raw(SEQ);
		w.integer(seq);
		w.raw(DEVICE_TIME);
		w.time(epochMillis);
		w.raw(LAT);
		w.decimal(lat, 6);
		w.raw(LON);
		w.decimal(lon, 6);
		w.raw(SPEED);
		w.decimal(speedKmh, 1);
		w.raw(HEADING);
		w.decimal(heading, 1);
		w.raw(ACCURACY);
		w.decimal(accuracyM, 1);
		w.raw((byte) '}');
		return w.toBytes();
	}

	/**
	 * An event payload. {@code stopId} is written as JSON null when absent (depot
	 * departure); the recipient and signature only for DELIVERED, the reason only for
	 * FAILED.
	 */
	public static byte[] event(String vehicleId, long seq, long epochMillis, StopEventType type, String stopId,
			double lat, double lon, String recipientName, String signatureRef, FailureReason reason) {
		Writer w = new Writer(256);
		w.raw("{\"vehicleId\":");
		w.string(vehicleId);
		w.raw(SEQ);
		w.integer(seq);
		w.raw(DEVICE_TIME);
		w.time(epochMillis);
		w.raw("\",\"type\":\"");
		w.raw(type.name());
		w.raw("\",\"stopId\":");
		if (stopId == null) {
			w.raw("null");
		}
		else {
			w.string(stopId);
		}
		w.raw(",\"lat\":");
		w.decimal(lat, 6);
		w.raw(LON);
		w.decimal(lon, 6);
		if (type == StopEventType.DELIVERED) {
			w.raw(",\"recipientName\":");
			w.string((recipientName != null) ? recipientName : "");
			if (signatureRef != null) {
				w.raw(",\"signatureRef\":");
				w.string(signatureRef);
			}
		}
		if (type == StopEventType.FAILED) {
			w.raw(",\"reason\":\"");
			w.raw(((reason != null) ? reason : FailureReason.OTHER).name());
			w.raw((byte) '"');
		}
		w.raw((byte) '}');
		return w.toBytes();
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

	/** A growable byte buffer with the few JSON writes the payloads need. */
	private static final class Writer {

		private byte[] buf;

		private int pos;

		Writer(int capacity) {
			this.buf = new byte[capacity];
		}

		byte[] toBytes() {
			return Arrays.copyOf(this.buf, this.pos);
		}

		private void ensure(int more) {
			if (this.pos + more > this.buf.length) {
				this.buf = Arrays.copyOf(this.buf, Math.max(this.buf.length * 2, this.pos + more));
			}
		}

		void raw(byte b) {
			ensure(1);
			this.buf[this.pos++] = b;
		}

		void raw(byte[] bytes) {
			ensure(bytes.length);
			System.arraycopy(bytes, 0, this.buf, this.pos, bytes.length);
			this.pos += bytes.length;
		}

		void raw(String ascii) {
			ensure(ascii.length());
			for (int i = 0; i < ascii.length(); i++) {
				this.buf[this.pos++] = (byte) ascii.charAt(i);
			}
		}

		void string(String value) {
			raw((byte) '"');
			for (int i = 0; i < value.length(); i++) {
				char c = value.charAt(i);
				if (c == '"' || c == '\\') {
					raw((byte) '\\');
					raw((byte) c);
				}
				else if (c < 0x20) {
					raw(String.format("\\u%04x", (int) c));
				}
				else if (c < 0x80) {
					raw((byte) c);
				}
				else {
					int end = (Character.isHighSurrogate(c) && i + 1 < value.length()) ? i + 2 : i + 1;
					raw(value.substring(i, end).getBytes(StandardCharsets.UTF_8));
					i = end - 1;
				}
			}
			raw((byte) '"');
		}

		void integer(long value) {
			if (value < 0) {
				raw((byte) '-');
				value = -value;
			}
			ensure(20);
			int start = this.pos;
			do {
				this.buf[this.pos++] = (byte) ('0' + value % 10);
				value /= 10;
			}
			while (value > 0);
			for (int i = start, j = this.pos - 1; i < j; i++, j--) {
				byte tmp = this.buf[i];
				this.buf[i] = this.buf[j];
				this.buf[j] = tmp;
			}
		}

		void decimal(double value, int decimals) {
			if (!Double.isFinite(value)) {
				raw("null");
				return;
			}
			long scaled = Math.round(Math.abs(value) * POWERS[decimals]);
			if (value < 0 && scaled != 0) {
				raw((byte) '-');
			}
			integer(scaled / POWERS[decimals]);
			raw((byte) '.');
			digits(scaled % POWERS[decimals], decimals);
		}

		private void digits(long value, int width) {
			ensure(width);
			for (int i = width - 1; i >= 0; i--) {
				this.buf[this.pos + i] = (byte) ('0' + value % 10);
				value /= 10;
			}
			this.pos += width;
		}

		/**
		 * {@code yyyy-MM-ddTHH:mm:ss[.SSS]Z} in UTC (civil-from-days, proleptic
		 * Gregorian).
		 */
		void time(long epochMillis) {
			long days = Math.floorDiv(epochMillis, 86_400_000L);
			long msOfDay = Math.floorMod(epochMillis, 86_400_000L);
			long z = days + 719_468;
			long era = Math.floorDiv(z, 146_097);
			long doe = z - era * 146_097;
			long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
			long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
			long mp = (5 * doy + 2) / 153;
			long day = doy - (153 * mp + 2) / 5 + 1;
			long month = (mp < 10) ? mp + 3 : mp - 9;
			long year = yoe + era * 400 + ((month <= 2) ? 1 : 0);
			digits(year, 4);
			raw((byte) '-');
			digits(month, 2);
			raw((byte) '-');
			digits(day, 2);
			raw((byte) 'T');
			digits(msOfDay / 3_600_000, 2);
			raw((byte) ':');
			digits(msOfDay / 60_000 % 60, 2);
			raw((byte) ':');
			digits(msOfDay / 1000 % 60, 2);
			if (msOfDay % 1000 != 0) {
				raw((byte) '.');
				digits(msOfDay % 1000, 3);
			}
			raw((byte) 'Z');
		}

	}

}
