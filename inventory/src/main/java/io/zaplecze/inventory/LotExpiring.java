package io.zaplecze.inventory;

import java.time.LocalDate;

/**
 * A lot with stock on hand is within the warning horizon of its expiry date (raised at most once
 * per lot and expiry date by the daily expiry scan).
 *
 * @param sku the product
 * @param lotNumber the lot
 * @param expiryDate its expiry date
 * @param daysLeft days from the scan date to the expiry date (0 = expires today, negative = expired)
 * @param onHand units on hand across locations at scan time
 * @param reserved units of it promised to orders
 */
public record LotExpiring(String sku, String lotNumber, LocalDate expiryDate, int daysLeft, int onHand,
		int reserved) {
}
