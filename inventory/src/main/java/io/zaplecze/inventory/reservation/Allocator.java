package io.zaplecze.inventory.reservation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.zaplecze.inventory.Allocation.AllocatedLot;
import io.zaplecze.inventory.RotationPolicy;
import io.zaplecze.inventory.reservation.RotationOrder.Candidate;
import io.zaplecze.inventory.reservation.RotationOrder.Take;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Allocates a reservation in two statements: lock the SKU's allocatable stock rows and read their
 * current availability, then (after splitting the quantity in the rotation order) raise their
 * reserved counters and record the reservation with its lines.
 *
 * <p>Locking: rows are locked in (lot, location) order, the order every other stock command locks in,
 * so reservations never deadlock with each other or with moves and releases; the rotation order is
 * applied afterwards, in Java. A row whose counters changed while we waited for its lock is re-read by
 * PostgreSQL (read committed), so the split always sees current availability, and the table's check
 * {@code reserved <= on_hand} would refuse an oversell even if this logic were wrong. Two round trips
 * per reservation keep the locks short; rows of other SKUs are never touched.
 */
@Component
class Allocator {

	private final JdbcClient jdbc;

	Allocator(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Reserves up to {@code quantity} of {@code sku} from lots that are not held and expire on or after
	 * {@code cutoff} (or never), in {@code policy} order, and records reservation {@code id}.
	 * @return the allocated lots in pick order (empty when nothing was available)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	List<AllocatedLot> allocate(UUID id, UUID orderId, String orderLineId, String sku, int quantity,
			LocalDate deliveryDate, LocalDate cutoff, RotationPolicy policy, OffsetDateTime now) {
		List<Candidate> candidates = this.jdbc.sql("""
				SELECT s.lot_id, s.location_id, s.on_hand - s.reserved, l.lot_number, l.expiry_date, l.received_at
				FROM inventory.stock s JOIN inventory.lot l ON l.id = s.lot_id
				WHERE s.sku = ? AND s.on_hand > s.reserved AND NOT l.blocked
				  AND (l.expiry_date IS NULL OR l.expiry_date >= ?)
				ORDER BY s.lot_id, s.location_id
				FOR UPDATE OF s""")
			.params(sku, cutoff)
			.query((rs, n) -> new Candidate(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4),
					rs.getObject(5, LocalDate.class), rs.getObject(6, OffsetDateTime.class).toInstant()))
			.list();
		List<Take> takes = RotationOrder.split(candidates, policy, quantity);
		int allocated = takes.stream().mapToInt(Take::quantity).sum();
		this.jdbc.sql("""
				WITH p AS (
				    SELECT * FROM unnest(CAST(:lots AS bigint[]), CAST(:locations AS text[]), CAST(:takes AS int[]))
				        WITH ORDINALITY AS p(lot_id, location_id, take, pick_order)),
				taken AS (
				    UPDATE inventory.stock s SET reserved = s.reserved + p.take, updated_at = :now
				    FROM p WHERE s.lot_id = p.lot_id AND s.location_id = p.location_id
				    RETURNING s.lot_id),
				header AS (
				    INSERT INTO inventory.reservation (id, order_id, order_line_id, sku, requested, initially_allocated,
				                                       backordered, delivery_date, status, created_at)
				    VALUES (:id, :orderId, :orderLineId, :sku, :quantity, :allocated, :backordered, :deliveryDate,
				            'ACTIVE', :now)
				    RETURNING id)
				INSERT INTO inventory.reservation_line (reservation_id, lot_id, location_id, pick_order, allocated,
				                                        open_quantity)
				SELECT :id, lot_id, location_id, pick_order, take, take FROM p""")
			.param("lots", takes.stream().map(t -> t.candidate().lotId()).toArray(Long[]::new))
			.param("locations", takes.stream().map(t -> t.candidate().locationId()).toArray(String[]::new))
			.param("takes", takes.stream().map(Take::quantity).toArray(Integer[]::new))
			.param("now", now)
			.param("id", id)
			.param("orderId", orderId)
			.param("orderLineId", orderLineId)
			.param("sku", sku)
			.param("quantity", quantity)
			.param("allocated", allocated)
			.param("backordered", quantity - allocated)
			.param("deliveryDate", deliveryDate)
			.update();
		return takes.stream()
			.map(t -> new AllocatedLot(t.candidate().lotNumber(), t.candidate().expiryDate(), t.candidate().locationId(),
					t.quantity()))
			.toList();
	}

}
