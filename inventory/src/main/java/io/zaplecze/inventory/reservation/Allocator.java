package io.zaplecze.inventory.reservation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.zaplecze.inventory.Allocation.AllocatedLot;
import io.zaplecze.inventory.RotationPolicy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Allocates a reservation in one SQL statement: lock the SKU's allocatable stock rows, split the
 * quantity over them in the product's rotation order, raise their reserved counters and record the
 * reservation with its lines.
 *
 * <p>Locking: rows are locked in (lot, location) order, the order every other stock command locks in,
 * so reservations never deadlock with each other or with moves and releases; the rotation order is
 * applied after locking. A row whose counters changed while we waited is re-read by PostgreSQL before
 * it is locked (read committed), so the split always sees current availability, and the table's check
 * {@code reserved <= on_hand} makes an oversell impossible even if this logic were wrong. One round
 * trip per reservation keeps the locks short.
 */
@Component
class Allocator {

	private static final Map<RotationPolicy, String> ORDER = new EnumMap<>(Map.of(RotationPolicy.FEFO,
			"expiry_date NULLS LAST, received_at, lot_id, location_id", RotationPolicy.FIFO,
			"received_at, lot_id, location_id", RotationPolicy.LIFO, "received_at DESC, lot_id DESC, location_id"));

	private static final String STATEMENT = """
			WITH locked AS (
			    SELECT s.lot_id, s.location_id, s.on_hand - s.reserved AS available,
			           l.lot_number, l.expiry_date, l.received_at
			    FROM inventory.stock s JOIN inventory.lot l ON l.id = s.lot_id
			    WHERE s.sku = :sku AND s.on_hand > s.reserved AND NOT l.blocked
			      AND (l.expiry_date IS NULL OR l.expiry_date >= :cutoff)
			    ORDER BY s.lot_id, s.location_id
			    FOR UPDATE OF s),
			planned AS (
			    SELECT lot_id, location_id, lot_number, expiry_date,
			           LEAST(available, GREATEST(0, :quantity - (SUM(available) OVER w - available)))::int AS take,
			           (ROW_NUMBER() OVER w)::int AS pick_order
			    FROM locked
			    WINDOW w AS (ORDER BY %s ROWS UNBOUNDED PRECEDING)),
			taken AS (
			    UPDATE inventory.stock s SET reserved = s.reserved + p.take, updated_at = :now
			    FROM planned p
			    WHERE p.take > 0 AND s.lot_id = p.lot_id AND s.location_id = p.location_id
			    RETURNING s.lot_id),
			header AS (
			    INSERT INTO inventory.reservation (id, order_id, order_line_id, sku, requested, initially_allocated, backordered,
			                             delivery_date, status, created_at)
			    SELECT :id, :orderId, :orderLineId, :sku, :quantity, COALESCE(SUM(take), 0),
			           :quantity - COALESCE(SUM(take), 0), :deliveryDate, 'ACTIVE', :now
			    FROM planned
			    RETURNING id),
			lines AS (
			    INSERT INTO inventory.reservation_line (reservation_id, lot_id, location_id, pick_order, allocated, open_quantity)
			    SELECT :id, lot_id, location_id, pick_order, take, take FROM planned WHERE take > 0
			    RETURNING lot_id)
			SELECT lot_number, expiry_date, location_id, take FROM planned WHERE take > 0 ORDER BY pick_order""";

	private final Map<RotationPolicy, String> statements = new EnumMap<>(RotationPolicy.class);

	private final JdbcClient jdbc;

	Allocator(JdbcClient jdbc) {
		this.jdbc = jdbc;
		for (RotationPolicy policy : RotationPolicy.values()) {
			this.statements.put(policy, STATEMENT.formatted(ORDER.get(policy)));
		}
	}

	/**
	 * Reserves up to {@code quantity} of {@code sku} from lots that expire on or after {@code cutoff}
	 * (or never), in {@code policy} order, and records reservation {@code id}.
	 * @return the allocated lots in pick order (empty when nothing was available)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	List<AllocatedLot> allocate(UUID id, UUID orderId, String orderLineId, String sku, int quantity,
			LocalDate deliveryDate, LocalDate cutoff, RotationPolicy policy, OffsetDateTime now) {
		return this.jdbc.sql(this.statements.get(policy))
			.param("id", id)
			.param("orderId", orderId)
			.param("orderLineId", orderLineId)
			.param("sku", sku)
			.param("quantity", quantity)
			.param("deliveryDate", deliveryDate)
			.param("cutoff", cutoff)
			.param("now", now)
			.query((rs, n) -> new AllocatedLot(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3),
					rs.getInt(4)))
			.list();
	}

}
