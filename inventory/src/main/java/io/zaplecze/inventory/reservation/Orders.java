package io.zaplecze.inventory.reservation;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.zaplecze.inventory.InventoryFailure.UnknownOrder;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The orders inventory knows. Orders belong to the warehouse's order management; inventory only
 * records their ids so that a reservation over REST for an order nobody registered is refused. The
 * facade registers an order on its first reservation (the warehouse is trusted to reserve only for
 * orders it has).
 */
@Component
public class Orders {

	private final JdbcClient jdbc;

	private final Clock clock;

	Orders(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A known order.
	 *
	 * @param orderId the order's id (the warehouse's)
	 * @param reference a human reference, e.g. the order number
	 * @param registeredAt when inventory first heard of it
	 */
	public record OrderRef(UUID orderId, @Nullable String reference, Instant registeredAt) {
	}

	/** Registers an order; returns whether it was new. A known order keeps its first reference unless none was given. */
	@Transactional
	public boolean register(UUID orderId, @Nullable String reference) {
		int inserted = this.jdbc.sql("INSERT INTO inventory.order_ref (order_id, reference, registered_at) VALUES (?, ?, ?)"
				+ " ON CONFLICT (order_id) DO NOTHING")
			.params(orderId, reference, OffsetDateTime.now(this.clock))
			.update();
		if (inserted == 0 && reference != null) {
			this.jdbc.sql("UPDATE inventory.order_ref SET reference = ? WHERE order_id = ? AND reference IS NULL")
				.params(reference, orderId)
				.update();
		}
		return inserted == 1;
	}

	@Transactional(readOnly = true)
	public Optional<OrderRef> find(UUID orderId) {
		return this.jdbc.sql("SELECT order_id, reference, registered_at FROM inventory.order_ref WHERE order_id = ?")
			.param(orderId)
			.query((rs, n) -> new OrderRef(rs.getObject(1, UUID.class), rs.getString(2),
					rs.getObject(3, OffsetDateTime.class).toInstant()))
			.optional();
	}

	/** Fails with {@link UnknownOrder} unless the order was registered. */
	@Transactional(readOnly = true)
	public void requireKnown(UUID orderId) {
		boolean known = this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM inventory.order_ref WHERE order_id = ?)")
			.param(orderId)
			.query(Boolean.class)
			.single();
		if (!known) {
			throw new UnknownOrder(orderId);
		}
	}

}
