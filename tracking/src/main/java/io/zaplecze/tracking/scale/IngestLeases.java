package io.zaplecze.tracking.scale;

import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Ingest-slot leases in {@code tracking.ingest_leases}, timed by the database's clock. Taking a lease
 * bumps its epoch, so an owner that was replaced cannot renew (its renewal names the old epoch).
 */
class IngestLeases {

	private final JdbcTemplate jdbc;

	IngestLeases(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Takes the slot if nobody holds it (or the holder's lease ran out); the new epoch, or empty. */
	OptionalLong tryAcquire(String slot, String owner, Duration ttl) {
		this.jdbc.update("INSERT INTO tracking.ingest_leases (slot) VALUES (?) ON CONFLICT (slot) DO NOTHING", slot);
		List<Long> epochs = this.jdbc.queryForList("""
				UPDATE tracking.ingest_leases
				SET owner = ?, epoch = epoch + 1, acquired_at = clock_timestamp(),
				    expires_at = clock_timestamp() + ? * interval '1 millisecond'
				WHERE slot = ? AND expires_at < clock_timestamp()
				RETURNING epoch""", Long.class, owner, ttl.toMillis(), slot);
		return epochs.isEmpty() ? OptionalLong.empty() : OptionalLong.of(epochs.get(0));
	}

	/** Extends the lease; false when it is no longer this owner's (taken over meanwhile). */
	boolean renew(String slot, String owner, long epoch, Duration ttl) {
		return this.jdbc.update("""
				UPDATE tracking.ingest_leases SET expires_at = clock_timestamp() + ? * interval '1 millisecond'
				WHERE slot = ? AND owner = ? AND epoch = ?""", ttl.toMillis(), slot, owner, epoch) == 1;
	}

	/** Gives the lease up at once (a polite stop): another instance may take it on its next heartbeat. */
	void release(String slot, String owner, long epoch) {
		this.jdbc.update("""
				UPDATE tracking.ingest_leases SET expires_at = '-infinity' WHERE slot = ? AND owner = ? AND epoch = ?""",
				slot, owner, epoch);
	}

}
