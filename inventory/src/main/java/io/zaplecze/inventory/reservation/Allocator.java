package io.zaplecze.inventory.reservation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.zaplecze.inventory.Allocation.AllocatedLot;
import io.zaplecze.inventory.RotationPolicy;
import io.zaplecze.inventory.StockCommands.ReserveStock;
import io.zaplecze.inventory.reservation.RotationOrder.Candidate;
import io.zaplecze.inventory.reservation.RotationOrder.Take;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reservation hot path: two statements plus the commit.
 *
 * <ol>
 * <li>{@link #open}: claim the idempotency key, register the order, read the product and the SKU's
 * allocatable stock rows (optionally locking them all).</li>
 * <li>{@link #record}: split the quantity over the rows in the rotation order (in Java), raise the
 * chosen rows' reserved counters with an atomic conditional update ({@code on_hand - reserved >= take},
 * re-checked by PostgreSQL on the row's latest version), and insert the reservation and its lines, all
 * in one statement that inserts nothing unless every chosen row could be updated.</li>
 * </ol>
 *
 * <p>Optimistic (the default, see {@link Reserving}): rows are read without locks; when the quantity
 * fits in one row, only that row is locked (by the conditional update, until commit). When it needs
 * several rows, {@link #lock} first locks all of the SKU's allocatable rows in (lot, location) order —
 * the order every stock command locks in, so reservations never deadlock with each other, moves or
 * releases — and re-reads them. If a concurrent reservation emptied the chosen row first, the
 * transaction is rolled back and redone pessimistically (everything locked in order up front). Either
 * way PostgreSQL's check {@code reserved <= on_hand} would refuse an oversell even if this logic were
 * wrong.
 *
 * <p>Rejected: both steps in one statement (a locking CTE plus an UPDATE of the same rows): under
 * contention PostgreSQL computed the split from a stale row version and the check refused the update.
 */
@Component
class Allocator {

	private static final String OPEN = """
			WITH claim AS (
			    INSERT INTO inventory.command_log (idempotency_key, command, fingerprint, result_ref, created_at)
			    VALUES (:key, 'reserve', :fingerprint, :id, :now)
			    ON CONFLICT (idempotency_key) DO NOTHING
			    RETURNING 1),
			registered AS (
			    INSERT INTO inventory.order_ref (order_id, registered_at)
			    SELECT :orderId, :now WHERE :register
			    ON CONFLICT (order_id) DO NOTHING),
			product AS (
			    SELECT rotation_policy, min_shelf_life_days FROM inventory.product WHERE sku = :sku),
			rows AS MATERIALIZED (
			    SELECT s.lot_id, s.location_id, s.on_hand - s.reserved AS available,
			           l.lot_number, l.expiry_date, l.received_at
			    FROM inventory.stock s JOIN inventory.lot l ON l.id = s.lot_id
			    WHERE s.sku = :sku AND s.on_hand > s.reserved AND NOT l.blocked
			      AND NOT EXISTS (SELECT 1 FROM inventory.held_location h WHERE h.location_id = s.location_id)
			      AND s.location_id NOT LIKE '%%-QUARANTINE'
			      AND (l.expiry_date IS NULL
			           OR l.expiry_date >= CAST(:shipDate AS date) + (SELECT min_shelf_life_days FROM product))
			      AND EXISTS (SELECT 1 FROM claim)
			    ORDER BY s.lot_id, s.location_id %s)
			SELECT EXISTS (SELECT 1 FROM claim),
			       CASE WHEN :register THEN TRUE
			            ELSE EXISTS (SELECT 1 FROM inventory.order_ref WHERE order_id = :orderId) END,
			       p.rotation_policy, p.min_shelf_life_days,
			       r.lot_id, r.location_id, r.available, r.lot_number, r.expiry_date, r.received_at
			FROM (SELECT 1) AS one
			LEFT JOIN product p ON TRUE
			LEFT JOIN rows r ON TRUE""";

	private static final String OPEN_READING = OPEN.formatted("");

	private static final String OPEN_LOCKING = OPEN.formatted("FOR UPDATE OF s");

	private static final String LOCK = """
			SELECT s.lot_id, s.location_id, s.on_hand - s.reserved, l.lot_number, l.expiry_date, l.received_at
			FROM inventory.stock s JOIN inventory.lot l ON l.id = s.lot_id
			WHERE s.sku = ? AND s.on_hand > s.reserved AND NOT l.blocked
			  AND NOT EXISTS (SELECT 1 FROM inventory.held_location h WHERE h.location_id = s.location_id) AND s.location_id NOT LIKE '%-QUARANTINE'
			  AND (l.expiry_date IS NULL OR l.expiry_date >= ?)
			ORDER BY s.lot_id, s.location_id
			FOR UPDATE OF s""";

	private static final String RECORD = """
			WITH p AS (
			    SELECT * FROM unnest(CAST(:lots AS bigint[]), CAST(:locations AS text[]), CAST(:takes AS int[]),
			                         CAST(:pickOrder AS int[]))
			        AS p(lot_id, location_id, take, pick_order)),
			taken AS (
			    UPDATE inventory.stock s SET reserved = s.reserved + p.take, updated_at = :now
			    FROM p
			    WHERE s.lot_id = p.lot_id AND s.location_id = p.location_id AND s.on_hand - s.reserved >= p.take
			    RETURNING s.lot_id),
			complete AS (
			    SELECT count(*) = :rows AS ok FROM taken),
			header AS (
			    INSERT INTO inventory.reservation (id, order_id, order_line_id, sku, requested, initially_allocated,
			                                       backordered, delivery_date, status, created_at)
			    SELECT :id, :orderId, :orderLineId, :sku, :quantity, :allocated, :backordered, :deliveryDate,
			           'ACTIVE', :now
			    FROM complete WHERE ok
			    RETURNING id),
			lines AS (
			    INSERT INTO inventory.reservation_line (reservation_id, lot_id, location_id, pick_order, allocated,
			                                            open_quantity)
			    SELECT :id, p.lot_id, p.location_id, p.pick_order, p.take, p.take FROM p, complete WHERE complete.ok)
			SELECT ok FROM complete""";

	private final JdbcClient jdbc;

	Allocator(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * What the first statement learns.
	 *
	 * @param claimed whether the idempotency key was new (false: a retry or a clash, nothing read)
	 * @param orderKnown whether the order is (now) registered
	 * @param policy the product's rotation policy, null for an unknown SKU
	 * @param minShelfLifeDays the product's minimum remaining shelf life
	 * @param candidates the allocatable rows
	 */
	record Intake(boolean claimed, boolean orderKnown, @Nullable RotationPolicy policy, int minShelfLifeDays,
			List<Candidate> candidates) {
	}

	/**
	 * Claims the key, registers the order (when {@code register}), reads the product and the rows of
	 * lots that are not held and expire on or after {@code shipDate} plus the product's minimum shelf
	 * life (or never); locks those rows when {@code lock}.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	Intake open(UUID id, ReserveStock command, String fingerprint, boolean register, LocalDate shipDate,
			OffsetDateTime now, boolean lock) {
		List<Intake> rows = this.jdbc.sql(lock ? OPEN_LOCKING : OPEN_READING)
			.param("key", command.idempotencyKey())
			.param("fingerprint", fingerprint)
			.param("id", id.toString())
			.param("now", now)
			.param("orderId", command.orderId())
			.param("register", register)
			.param("sku", command.sku())
			.param("shipDate", shipDate)
			.query((rs, n) -> {
				String policy = rs.getString(3);
				long lotId = rs.getLong(5);
				List<Candidate> candidate = rs.wasNull() ? List.of()
						: List.of(new Candidate(lotId, rs.getString(6), rs.getInt(7), rs.getString(8),
								rs.getObject(9, LocalDate.class), rs.getObject(10, OffsetDateTime.class).toInstant()));
				return new Intake(rs.getBoolean(1), rs.getBoolean(2),
						(policy != null) ? RotationPolicy.valueOf(policy) : null, rs.getInt(4), candidate);
			})
			.list();
		List<Candidate> candidates = new ArrayList<>();
		rows.forEach(row -> candidates.addAll(row.candidates()));
		Intake first = rows.getFirst();
		return new Intake(first.claimed(), first.orderKnown(), first.policy(), first.minShelfLifeDays(), candidates);
	}

	/** Locks and re-reads the SKU's allocatable rows (lots expiring on or after {@code cutoff}, or never). */
	@Transactional(propagation = Propagation.MANDATORY)
	List<Candidate> lock(String sku, LocalDate cutoff) {
		return this.jdbc.sql(LOCK)
			.params(sku, cutoff)
			.query((rs, n) -> new Candidate(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4),
					rs.getObject(5, LocalDate.class), rs.getObject(6, OffsetDateTime.class).toInstant()))
			.list();
	}

	/**
	 * Splits the quantity over {@code candidates} in {@code policy} order, reserves it and records
	 * reservation {@code id} with its lines — or, if a chosen row no longer has what the candidates said
	 * (possible only when they were read without locks), records nothing: the caller must then roll the
	 * transaction back (another chosen row may have been updated).
	 * @return the allocated lots in pick order (empty list when nothing was available), or empty when
	 * the candidates were stale
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	Optional<List<AllocatedLot>> record(UUID id, ReserveStock command, RotationPolicy policy,
			List<Candidate> candidates, OffsetDateTime now) {
		List<Take> takes = RotationOrder.split(candidates, policy, command.quantity());
		int allocated = takes.stream().mapToInt(Take::quantity).sum();
		// The update visits rows in (lot, location) order, like every other stock command.
		List<Integer> pickOrder = new ArrayList<>();
		for (int i = 0; i < takes.size(); i++) {
			pickOrder.add(i + 1);
		}
		List<Integer> byRow = new ArrayList<>(pickOrder);
		byRow.sort(Comparator.comparing((Integer i) -> takes.get(i - 1).candidate().lotId())
			.thenComparing(i -> takes.get(i - 1).candidate().locationId()));
		boolean complete = this.jdbc.sql(RECORD)
			.param("lots", byRow.stream().map(i -> takes.get(i - 1).candidate().lotId()).toArray(Long[]::new))
			.param("locations",
					byRow.stream().map(i -> takes.get(i - 1).candidate().locationId()).toArray(String[]::new))
			.param("takes", byRow.stream().map(i -> takes.get(i - 1).quantity()).toArray(Integer[]::new))
			.param("pickOrder", byRow.toArray(Integer[]::new))
			.param("rows", takes.size())
			.param("now", now)
			.param("id", id)
			.param("orderId", command.orderId())
			.param("orderLineId", command.orderLineId())
			.param("sku", command.sku())
			.param("quantity", command.quantity())
			.param("allocated", allocated)
			.param("backordered", command.quantity() - allocated)
			.param("deliveryDate", command.deliveryDate())
			.query(Boolean.class)
			.single();
		if (!complete) {
			return Optional.empty();
		}
		return Optional.of(takes.stream()
			.map(t -> new AllocatedLot(t.candidate().lotNumber(), t.candidate().expiryDate(), t.candidate().locationId(),
					t.quantity()))
			.toList());
	}

}
