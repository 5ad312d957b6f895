package io.zaplecze.inventory.count;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.zaplecze.inventory.ExceptionHandling;
import io.zaplecze.inventory.InventoryFailure.InvalidRequest;
import io.zaplecze.inventory.command.CommandRetry;
import io.zaplecze.inventory.stock.StockCommandService;
import io.zaplecze.inventory.stock.StockCommandService.ReturnStock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link ExceptionHandling}: count requests (one open task per location) and returns. */
@Service
class ExceptionRequests implements ExceptionHandling {

	private final JdbcClient jdbc;

	private final StockCommandService stock;

	private final CommandRetry retry;

	private final Clock clock;

	ExceptionRequests(JdbcClient jdbc, StockCommandService stock, CommandRetry retry, Clock clock) {
		this.jdbc = jdbc;
		this.stock = stock;
		this.retry = retry;
		this.clock = clock;
	}

	@Override
	@Transactional
	public boolean requestCount(String locationId) {
		if (locationId.isBlank() || locationId.length() > 64) {
			throw new InvalidRequest("A location id is 1-64 characters");
		}
		// The unique partial index on open tasks per location turns a second request into a no-op.
		return this.jdbc.sql("""
				INSERT INTO inventory.count_task (id, location_id, status, created_at) VALUES (?, ?, 'OPEN', ?)
				ON CONFLICT DO NOTHING""").params(UUID.randomUUID(), locationId, OffsetDateTime.now(this.clock)).update() == 1;
	}

	@Override
	public void returnGoods(String idempotencyKey, String sku, String lotNumber, String locationId, int quantity,
			@Nullable String reason) {
		this.retry.run(() -> this.stock.returnStock(new ReturnStock(idempotencyKey, sku, lotNumber, locationId, quantity,
				reason)));
	}

}
