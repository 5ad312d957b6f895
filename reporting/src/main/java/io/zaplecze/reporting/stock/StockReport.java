package io.zaplecze.reporting.stock;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.zaplecze.inventory.StockFigures;

/**
 * The stock report of a site over a date range; every figure is defined in the reporting README.
 *
 * @param currency the site's currency (null before it has prices)
 * @param stockValue on hand now by zone and temperature class, at today's unit cost
 * @param totalValue sum of {@code stockValue}
 * @param writeOffs SCRAP entries in the range by reason (units, value at the cost valid then)
 * @param expiring lots expiring within {@code expiringWithinDays} of {@code to}
 * @param cogs PICK entries in the range at the cost valid then
 * @param annualisedTurns cogs ÷ totalValue × 365 ÷ days
 * @param daysOfCover totalValue ÷ (cogs ÷ days)
 * @param slowMovers products on hand without a pick in the range
 * @param unitFillRatePercent units allocated ÷ units requested × 100 (reservations for deliveries in the range)
 * @param lineFillRatePercent reservations allocated in full ÷ reservations × 100
 * @param backorders backorders raised for deliveries in the range
 * @param backorderedUnits their units
 * @param countAccuracyPercent counted lines equal to the books ÷ counted lines × 100
 */
public record StockReport(String site, LocalDate from, LocalDate to, @Nullable String currency,
		List<StockFigures.StockValue> stockValue, BigDecimal totalValue, List<StockFigures.Movement> writeOffs,
		int expiringWithinDays, List<StockFigures.ExpiringLot> expiring, StockFigures.Movement cogs,
		@Nullable Double annualisedTurns, @Nullable Double daysOfCover, List<StockFigures.SlowMover> slowMovers,
		@Nullable Double unitFillRatePercent, @Nullable Double lineFillRatePercent, long backorders, long backorderedUnits,
		StockFigures.CountAccuracy countAccuracy, @Nullable Double countAccuracyPercent) {

}
