package io.zaplecze.inventory.management;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.zaplecze.inventory.Allocation;
import io.zaplecze.inventory.ProductView;
import io.zaplecze.inventory.StockCommands.AdjustStock;
import io.zaplecze.inventory.StockCommands.ConsumeReservation;
import io.zaplecze.inventory.StockCommands.MoveStock;
import io.zaplecze.inventory.StockCommands.ReceiveStock;
import io.zaplecze.inventory.StockCommands.ReserveStock;
import io.zaplecze.inventory.StockLevel;
import io.zaplecze.inventory.StockManagement;
import io.zaplecze.inventory.StockReconciliation;
import io.zaplecze.inventory.command.CommandRetry;
import io.zaplecze.inventory.ledger.Reconciliation;
import io.zaplecze.inventory.ledger.StockBook;
import io.zaplecze.inventory.product.Products;
import io.zaplecze.inventory.reservation.Orders;
import io.zaplecze.inventory.reservation.ReservationService;
import io.zaplecze.inventory.reservation.ReservationService.UnknownOrders;
import io.zaplecze.inventory.reservation.Reserving;
import io.zaplecze.inventory.stock.StockCommandService;

import org.springframework.stereotype.Component;

/**
 * The inventory facade: each command runs in its own transaction (retried if PostgreSQL broke a
 * deadlock), queries read committed data.
 */
@Component
class InventoryManagement implements StockManagement {

	private final Products products;

	private final StockCommandService stock;

	private final ReservationService reservations;

	private final Orders orders;

	private final StockBook book;

	private final Reconciliation reconciliation;

	private final Reserving reserving;

	private final CommandRetry retry;

	InventoryManagement(Products products, StockCommandService stock, ReservationService reservations, Orders orders,
			StockBook book, Reconciliation reconciliation, Reserving reserving, CommandRetry retry) {
		this.products = products;
		this.stock = stock;
		this.reservations = reservations;
		this.orders = orders;
		this.book = book;
		this.reconciliation = reconciliation;
		this.reserving = reserving;
		this.retry = retry;
	}

	@Override
	public ProductView product(String sku) {
		return this.products.require(sku);
	}

	@Override
	public List<ProductView> products(Collection<String> skus) {
		return this.products.find(skus);
	}

	@Override
	public List<ProductView> catalogue() {
		return this.products.all();
	}

	@Override
	public void receive(ReceiveStock command) {
		this.retry.run(() -> this.stock.receive(command));
	}

	@Override
	public void move(MoveStock command) {
		this.retry.run(() -> this.stock.move(command));
	}

	@Override
	public Allocation reserve(ReserveStock command) {
		return this.reserving.reserve(command, UnknownOrders.REGISTER);
	}

	@Override
	public void release(UUID reservationId, String idempotencyKey) {
		this.retry.run(() -> this.reservations.release(reservationId, idempotencyKey));
	}

	@Override
	public void consume(ConsumeReservation command) {
		this.retry.run(() -> this.reservations.consume(command));
	}

	@Override
	public void adjust(AdjustStock command) {
		this.retry.run(() -> this.stock.adjust(command));
	}

	@Override
	public List<StockLevel> stockAt(String locationId) {
		return this.book.levels(null, locationId);
	}

	@Override
	public List<StockLevel> stockOf(String sku) {
		return this.book.levels(sku, null);
	}

	@Override
	public void registerOrder(UUID orderId, @Nullable String reference) {
		this.orders.register(orderId, reference);
	}

	@Override
	public StockReconciliation reconciliation() {
		return this.reconciliation.run();
	}

}
