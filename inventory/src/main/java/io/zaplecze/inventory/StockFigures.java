package io.zaplecze.inventory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Stock figures for reports, each one SQL aggregate in inventory's schema (never rows in the
 * caller's memory). Values are at unit cost in the site's currency, using the price valid at the
 * instant that matters (now for stock on hand, the entry's instant for movements); units without a
 * price are counted and reported as unpriced, never valued at zero silently.
 */
public interface StockFigures {

	/** Stock on hand at a site by zone (the second part of a location id, e.g. {@code A} of {@code WAW1-A-01-02-1}) and temperature class. */
	List<StockValue> stockValue(String site, Instant at);

	/** SCRAP entries of a site in [from, to) by reason (e.g. {@code EXPIRED}, {@code DAMAGED}). */
	List<Movement> writeOffs(String site, Instant from, Instant to);

	/** PICK entries of a site in [from, to): units and value at cost (the cost of goods sold). */
	Movement picked(String site, Instant from, Instant to);

	/** Products with stock at the site and no PICK since {@code since}, most units first. */
	List<SlowMover> slowMovers(String site, Instant since, int limit);

	/** Completed cycle counts of the site's locations in [from, to): lines counted, lines equal to the books. */
	CountAccuracy countAccuracy(String site, Instant from, Instant to);

	/** Lots with stock at the site expiring on or before {@code until} (expired ones included), soonest first. */
	List<ExpiringLot> expiring(String site, java.time.LocalDate until);

	/** An expiring lot at a site: units on hand and promised, value at today's cost. */
	record ExpiringLot(String sku, String lotNumber, java.time.LocalDate expiryDate, long onHand, long reserved,
			BigDecimal value) {
	}

	/** Value of stock in one zone and temperature class. */
	record StockValue(String zone, TemperatureClass temperatureClass, long units, BigDecimal value, long unpricedUnits,
			@Nullable String currency) {
	}

	/** Units and value of a kind of movement (reason null for picks). */
	record Movement(@Nullable String reason, long units, BigDecimal value, long unpricedUnits) {
	}

	/** A slow mover. */
	record SlowMover(String sku, long onHand, BigDecimal value, @Nullable Instant lastPick) {
	}

	/** Count accuracy: exact lines ÷ lines. */
	record CountAccuracy(long lines, long exactLines, long absoluteVarianceUnits) {
	}

}
