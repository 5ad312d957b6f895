package io.zaplecze.inventory;

import java.time.Instant;

/**
 * Goods were received into stock (a RECEIPT entry, published in its transaction, once per command):
 * the owner of orders may now fill their backorders of the SKU.
 *
 * @param sku the product
 * @param lotNumber the lot
 * @param locationId where the goods are
 * @param quantity units received
 * @param receivedAt when
 */
public record StockReceived(String sku, String lotNumber, String locationId, int quantity, Instant receivedAt) {

}
