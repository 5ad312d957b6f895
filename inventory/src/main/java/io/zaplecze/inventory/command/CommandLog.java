package io.zaplecze.inventory.command;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;

import io.zaplecze.inventory.InventoryFailure.IdempotencyConflict;
import io.zaplecze.inventory.InventoryFailure.InvalidRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The idempotency keys of all inventory commands. A command claims its key as the first statement of
 * its transaction, so the claim commits or rolls back with the command's effects: a failed command
 * leaves its key free, and a concurrent retry with the same key waits on the key's unique index until
 * the first attempt has finished, then replays it.
 */
@Component
public class CommandLog {

	static final int MAX_KEY_LENGTH = 200;

	private final JdbcClient jdbc;

	private final Clock clock;

	CommandLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Claims {@code key} for a command; must run inside the command's transaction.
	 * @param key the idempotency key
	 * @param command the command's name (part of the fingerprint)
	 * @param payload the command's payload; its {@code toString()} (records: all fields) is fingerprinted
	 * @param resultRef what a replay needs to rebuild the outcome (e.g. the reservation id), may be null
	 * @return whether this is the first execution, or a replay with the first execution's result ref
	 * @throws IdempotencyConflict if the key was used with another command or payload
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Claim claim(String key, String command, Object payload, @Nullable String resultRef) {
		requireValid(key);
		String fingerprint = fingerprint(command, payload);
		int inserted = this.jdbc.sql("""
				INSERT INTO inventory.command_log (idempotency_key, command, fingerprint, result_ref, created_at)
				VALUES (?, ?, ?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING""")
			.params(key, command, fingerprint, resultRef, OffsetDateTime.now(this.clock))
			.update();
		if (inserted == 1) {
			return new Claim(true, resultRef);
		}
		return this.jdbc.sql("SELECT fingerprint, result_ref FROM inventory.command_log WHERE idempotency_key = ?")
			.param(key)
			.query((rs, n) -> {
				if (!rs.getString(1).equals(fingerprint)) {
					throw new IdempotencyConflict(key);
				}
				return new Claim(false, rs.getString(2));
			})
			.single();
	}

	/** Records the result of the first execution of the command that claimed {@code key}. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void complete(String key, String resultRef) {
		this.jdbc.sql("UPDATE inventory.command_log SET result_ref = ? WHERE idempotency_key = ?").params(resultRef, key).update();
	}

	/** Forgets keys older than {@code retention}; returns how many. */
	@Transactional
	public int purgeOlderThan(Duration retention) {
		return this.jdbc.sql("DELETE FROM inventory.command_log WHERE created_at < ?")
			.param(OffsetDateTime.now(this.clock).minus(retention))
			.update();
	}

	/** Refuses a blank or oversized key before anything is written. */
	public static void requireValid(@Nullable String key) {
		if (key == null || key.isBlank()) {
			throw new InvalidRequest("An idempotency key is required");
		}
		if (key.length() > MAX_KEY_LENGTH) {
			throw new InvalidRequest("An idempotency key has at most " + MAX_KEY_LENGTH + " characters");
		}
	}

	/** The fingerprint {@link #claim} records for a command and payload (for callers that claim in a combined statement). */
	public static String fingerprint(String command, Object payload) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(command.getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
			digest.update(String.valueOf(payload).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The outcome of claiming a key.
	 *
	 * @param first whether this is the first execution (go ahead) or a replay (return the recorded result)
	 * @param resultRef the result reference recorded by the first execution
	 */
	public record Claim(boolean first, @Nullable String resultRef) {

		public boolean replay() {
			return !this.first;
		}

	}

}
