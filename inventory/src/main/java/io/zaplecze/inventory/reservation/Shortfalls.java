package io.zaplecze.inventory.reservation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.zaplecze.inventory.BackorderCreated;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * When promised stock turns out to be missing (a count finds less than is reserved, damage is
 * written off), the promise is taken back from the newest reservations first and becomes their
 * backorder: a physical truth is never refused because of a promise.
 */
@Component
public class Shortfalls {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Shortfalls(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	private record OpenLine(UUID reservationId, int open, UUID orderId, String orderLineId, String sku,
			LocalDate deliveryDate) {
	}

	/**
	 * Takes {@code quantity} of open promises off the stock row (lot, location), which the caller has
	 * locked and whose reserved counter it lowers by the returned amount in its posting.
	 * @return how much was taken back (at most {@code quantity}; less if less was promised)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int takeBack(long lotId, String locationId, int quantity) {
		if (quantity <= 0) {
			return 0;
		}
		List<OpenLine> lines = this.jdbc.sql("""
				SELECT rl.reservation_id, rl.open_quantity, r.order_id, r.order_line_id, r.sku, r.delivery_date
				FROM inventory.reservation_line rl JOIN inventory.reservation r ON r.id = rl.reservation_id
				WHERE rl.lot_id = ? AND rl.location_id = ? AND rl.open_quantity > 0
				ORDER BY r.created_at DESC, r.id
				FOR UPDATE OF rl, r""")
			.params(lotId, locationId)
			.query((rs, n) -> new OpenLine(rs.getObject(1, UUID.class), rs.getInt(2), rs.getObject(3, UUID.class),
					rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class)))
			.list();
		int remaining = quantity;
		for (OpenLine line : lines) {
			if (remaining == 0) {
				break;
			}
			int cut = Math.min(line.open(), remaining);
			this.jdbc.sql("""
					UPDATE inventory.reservation_line SET open_quantity = open_quantity - ?, shorted = shorted + ?
					WHERE reservation_id = ? AND lot_id = ? AND location_id = ?""")
				.params(cut, cut, line.reservationId(), lotId, locationId)
				.update();
			this.jdbc.sql("UPDATE inventory.reservation SET backordered = backordered + ? WHERE id = ?")
				.params(cut, line.reservationId())
				.update();
			this.events.publishEvent(new BackorderCreated(line.reservationId(), line.orderId(), line.orderLineId(),
					line.sku(), cut, line.deliveryDate(), this.clock.instant()));
			remaining -= cut;
		}
		return quantity - remaining;
	}

}
