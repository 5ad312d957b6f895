package io.zaplecze.inventory;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.zaplecze.inventory.StockCommands.AdjustStock;
import io.zaplecze.inventory.StockCommands.ConsumeReservation;
import io.zaplecze.inventory.StockCommands.MoveStock;
import io.zaplecze.inventory.StockCommands.ReceiveStock;
import io.zaplecze.inventory.StockCommands.ReserveStock;

/**
 * The inventory facade other modules call. Every command is idempotent by its key and either fully
 * applies (ledger entry and stock updated in one transaction) or changes nothing and throws a named
 * failure (unknown SKU, insufficient stock, ...).
 */
public interface StockManagement {

	/** A product; fails with a NOT_FOUND failure for an unknown SKU. */
	ProductView product(String sku);

	/** The products among {@code skus} that exist (unknown SKUs are left out). */
	List<ProductView> products(Collection<String> skus);

	/** The whole catalogue, ordered by SKU. */
	List<ProductView> catalogue();

	/** Books a receipt into a location. */
	void receive(ReceiveStock command);

	/** Moves unreserved stock between locations. */
	void move(MoveStock command);

	/** Reserves by the product's rotation policy; partial allocation leaves a backorder. */
	Allocation reserve(ReserveStock command);

	/** Releases what is left of a reservation (nothing if already released or consumed). */
	void release(UUID reservationId, String idempotencyKey);

	/** Picks reserved stock. */
	void consume(ConsumeReservation command);

	/** Corrects stock at a location with a reason (short pick, damage found, count variance). */
	void adjust(AdjustStock command);

	/** Stock at a location, by SKU and lot. */
	List<StockLevel> stockAt(String locationId);

	/** Stock of a product across locations. */
	List<StockLevel> stockOf(String sku);

	/**
	 * Registers an order so that reservations over REST may reference it (reservations through this
	 * facade register their order themselves). Idempotent by order id.
	 * @param orderId the order's id
	 * @param reference a human reference such as the order number, may be null
	 */
	void registerOrder(UUID orderId, @Nullable String reference);

	/** Proves the books: stock equals the ledger sum and the open reservations, row by row. */
	StockReconciliation reconciliation();

}
