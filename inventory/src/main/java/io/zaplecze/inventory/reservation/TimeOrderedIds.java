package io.zaplecze.inventory.reservation;

import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Reservation ids in the layout of RFC 9562 version 7: 48 bits of Unix milliseconds, then random bits.
 * Ids made close in time sort close together, so the reservation tables' primary keys grow at their
 * right edge instead of touching a random index page on every insert. They are not secrets (the API
 * is authenticated), so a thread-local generator is enough for the 74 random bits.
 */
final class TimeOrderedIds {

	private TimeOrderedIds() {
	}

	static UUID next(Clock clock) {
		long millis = clock.millis();
		ThreadLocalRandom random = ThreadLocalRandom.current();
		long high = (millis << 16) | 0x7000L | (random.nextInt() & 0x0FFFL);
		long low = 0x8000_0000_0000_0000L | (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL);
		return new UUID(high, low);
	}

}
