package io.zaplecze.inventory;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the inventory module ({@code zaplecze.inventory.*}).
 *
 * @param zone the warehouses' time zone: "today" for expiry checks is the date in this zone
 * @param siteSeparator a location id's site is the part before the first occurrence of this separator
 * (e.g. {@code WAW1} for {@code WAW1-CH-03-2}); a location id without it is its own site
 * @param expiry the expiry scan
 * @param idempotency idempotency-key retention
 * @param imports CSV imports
 * @param commandRetries how often a command that lost a lock race (deadlock) is retried before failing
 * @param reservationLocking how reservations lock stock rows (see {@link Locking})
 */
@ConfigurationProperties("zaplecze.inventory")
public record InventoryProperties(@DefaultValue("Europe/Warsaw") ZoneId zone, @DefaultValue("-") String siteSeparator,
		@DefaultValue Expiry expiry, @DefaultValue Idempotency idempotency, @DefaultValue Imports imports,
		@DefaultValue("3") int commandRetries, @DefaultValue("OPTIMISTIC") Locking reservationLocking) {

	/** How a reservation locks the stock rows of its SKU. */
	public enum Locking {

		/**
		 * Read the rows without locks and take from the chosen ones with an atomic conditional update;
		 * only if a chosen row was emptied meanwhile, lock all of them and split again. Locks one or two
		 * rows per reservation.
		 */
		OPTIMISTIC,

		/** Lock all of the SKU's allocatable rows (in lot, location order) before splitting. */
		PESSIMISTIC

	}

	/** Today's date in the warehouses' zone. */
	public LocalDate today(Clock clock) {
		return LocalDate.now(clock.withZone(this.zone));
	}

	/**
	 * The daily expiry scan that raises {@link LotExpiring}.
	 *
	 * @param warningDays a lot with stock is reported as expiring this many days before its expiry date
	 * @param scanCron when the scan runs (Spring cron, in {@code zone}); {@code -} switches it off
	 */
	public record Expiry(@DefaultValue("3") int warningDays, @DefaultValue("0 30 1 * * *") String scanCron) {
	}

	/**
	 * Idempotency keys.
	 *
	 * @param retention how long a key is remembered; older keys are purged by the daily scan
	 */
	public record Idempotency(@DefaultValue("P30D") Duration retention) {
	}

	/**
	 * CSV imports.
	 *
	 * @param maxRows largest number of data rows one file may have
	 */
	public record Imports(@DefaultValue("50000") int maxRows) {
	}

}
