package io.zaplecze.tracking.shipment;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;

import org.jspecify.annotations.Nullable;

import io.zaplecze.tracking.TrackingProperties;

import org.springframework.stereotype.Component;

/**
 * Issues tracking codes: {@code bytes} from a CSPRNG (at least 80 bits), URL-safe base64 without
 * padding, so a code can neither be guessed nor enumerated. A code expires a configured time after
 * the delivery day.
 */
@Component
public class TrackingCodes {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final TrackingProperties.Codes settings;

	TrackingCodes(TrackingProperties properties) {
		this.settings = properties.codes();
		if (this.settings.bytes() < 10) {
			throw new IllegalStateException("zaplecze.tracking.codes.bytes must be at least 10 (80 bits)");
		}
	}

	public String newCode() {
		byte[] bytes = new byte[this.settings.bytes()];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** When a code stops working: the end of the delivery day plus the validity; a month from now without a day. */
	public Instant expiry(@Nullable LocalDate deliveryDate, Instant now) {
		Instant base = (deliveryDate != null) ? deliveryDate.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()
				: now.plus(java.time.Duration.ofDays(30));
		return base.plus(this.settings.validAfterDelivery());
	}

	/** Whether a text can be a code at all (checked before touching the database). */
	public static boolean plausible(String code) {
		if (code.length() < 14 || code.length() > 64) {
			return false;
		}
		for (int i = 0; i < code.length(); i++) {
			char c = code.charAt(i);
			if (!(Character.isLetterOrDigit(c) && c < 128) && c != '-' && c != '_') {
				return false;
			}
		}
		return true;
	}

}
