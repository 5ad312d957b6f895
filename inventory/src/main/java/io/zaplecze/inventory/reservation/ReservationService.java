package io.zaplecze.inventory.reservation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.zaplecze.inventory.Allocation;
import io.zaplecze.inventory.Allocation.AllocatedLot;
import io.zaplecze.inventory.BackorderCreated;
import io.zaplecze.inventory.InventoryFailure.InvalidRequest;
import io.zaplecze.inventory.InventoryFailure.NotAllocated;
import io.zaplecze.inventory.InventoryFailure.ReservationClosed;
import io.zaplecze.inventory.InventoryFailure.UnknownOrder;
import io.zaplecze.inventory.InventoryFailure.UnknownProduct;
import io.zaplecze.inventory.InventoryFailure.UnknownReservation;
import io.zaplecze.inventory.InventoryProperties;
import io.zaplecze.inventory.InventoryProperties.Locking;
import io.zaplecze.inventory.RotationPolicy;
import io.zaplecze.inventory.StockCommands.ConsumeReservation;
import io.zaplecze.inventory.StockCommands.ReserveStock;
import io.zaplecze.inventory.StockReserved;
import io.zaplecze.inventory.command.CommandLog;
import io.zaplecze.inventory.command.CommandLog.Claim;
import io.zaplecze.inventory.ledger.EntryType;
import io.zaplecze.inventory.ledger.StockBook;
import io.zaplecze.inventory.ledger.StockBook.Lot;
import io.zaplecze.inventory.ledger.StockBook.Posting;
import io.zaplecze.inventory.reservation.Allocator.Intake;
import io.zaplecze.inventory.reservation.RotationOrder.Candidate;
import io.zaplecze.inventory.web.PageRequest;
import io.zaplecze.inventory.web.PageResponse;
import io.zaplecze.inventory.web.Paging;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reservations: reserve by rotation policy, release, consume on pick. */
@Service
public class ReservationService {

	/** How a reservation treats an order inventory has not seen yet. */
	public enum UnknownOrders {

		/** Register it (the facade: the warehouse owns orders and reserves only for real ones). */
		REGISTER,

		/** Refuse with 404 (REST: a client must register the order first). */
		REFUSE

	}

	private final CommandLog commands;

	private final Allocator allocator;

	private final StockBook book;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final InventoryProperties properties;

	ReservationService(CommandLog commands, Allocator allocator, StockBook book,
			JdbcClient jdbc, ApplicationEventPublisher events, Clock clock, InventoryProperties properties) {
		this.commands = commands;
		this.allocator = allocator;
		this.book = book;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
		this.properties = properties;
	}

	/**
	 * Reserves by the product's rotation policy (two statements, see {@link Allocator}). Lots that are blocked, expired, or would have less
	 * than the product's minimum remaining shelf life on the delivery date are never allocated (the
	 * shelf-life cut-off applies to every policy: FIFO and LIFO goods with an expiry date must not
	 * reach a customer nearly expired either). What cannot be allocated is backordered.
	 */
	@Transactional
	public Allocation reserve(ReserveStock command, UnknownOrders unknownOrders, Locking locking) {
		validate(command);
		UUID id = TimeOrderedIds.next(this.clock);
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		LocalDate today = this.properties.today(this.clock);
		LocalDate shipDate = command.deliveryDate().isBefore(today) ? today : command.deliveryDate();
		CommandLog.requireValid(command.idempotencyKey());
		boolean optimistic = locking == Locking.OPTIMISTIC;
		Intake intake = this.allocator.open(id, command, CommandLog.fingerprint("reserve", command),
				unknownOrders == UnknownOrders.REGISTER, shipDate, now, !optimistic);
		if (!intake.claimed()) {
			// A retry (replayed) or the key reused with another payload (refused).
			Claim claim = this.commands.claim(command.idempotencyKey(), "reserve", command, id.toString());
			return allocation(UUID.fromString(Objects.requireNonNull(claim.resultRef())));
		}
		RotationPolicy policy = intake.policy();
		if (policy == null) {
			throw new UnknownProduct(command.sku());
		}
		if (!intake.orderKnown()) {
			throw new UnknownOrder(command.orderId());
		}
		List<Candidate> candidates = intake.candidates();
		if (optimistic && RotationOrder.split(candidates, policy, command.quantity()).size() > 1) {
			// Several rows: lock them all in (lot, location) order rather than update them in an order
			// the database chooses, which could deadlock.
			candidates = this.allocator.lock(command.sku(), shipDate.plusDays(intake.minShelfLifeDays()));
		}
		List<AllocatedLot> lots = this.allocator.record(id, command, policy, candidates, now)
			.orElseThrow(StaleAllocation::new);
		int allocated = lots.stream().mapToInt(AllocatedLot::quantity).sum();
		int backordered = command.quantity() - allocated;
		if (allocated > 0) {
			this.events.publishEvent(new StockReserved(id, command.orderId(), command.orderLineId(), command.sku(),
					command.quantity(), allocated, command.deliveryDate(), now.toInstant()));
		}
		if (backordered > 0) {
			this.events.publishEvent(new BackorderCreated(id, command.orderId(), command.orderLineId(), command.sku(),
					backordered, command.deliveryDate(), now.toInstant()));
		}
		return new Allocation(id, command.sku(), command.quantity(), allocated, backordered, lots);
	}

	/**
	 * An optimistic reservation found a row it chose emptied by someone else since it read it (it may
	 * now hold that row's lock out of order): the transaction is rolled back and redone pessimistically.
	 */
	static final class StaleAllocation extends org.springframework.dao.ConcurrencyFailureException {

		StaleAllocation() {
			super("Stock rows changed between reading and reserving");
		}

	}

	/** Releases what is still promised and cancels the backorder; nothing happens to a closed reservation. */
	@Transactional
	public ReservationView release(UUID reservationId, String idempotencyKey) {
		Claim claim = this.commands.claim(idempotencyKey, "release", reservationId, null);
		String status = lockHeader(reservationId);
		if (claim.first() && "ACTIVE".equals(status)) {
			// Lock the stock rows in the common (lot, location) order before touching them.
			this.jdbc.sql("""
					SELECT 1 FROM inventory.stock s JOIN inventory.reservation_line rl
					    ON rl.lot_id = s.lot_id AND rl.location_id = s.location_id
					WHERE rl.reservation_id = ? AND rl.open_quantity > 0
					ORDER BY s.lot_id, s.location_id FOR UPDATE OF s""").param(reservationId).query().listOfRows();
			this.jdbc.sql("""
					UPDATE inventory.stock s SET reserved = s.reserved - rl.open_quantity, updated_at = ?
					FROM inventory.reservation_line rl
					WHERE rl.reservation_id = ? AND rl.open_quantity > 0
					  AND s.lot_id = rl.lot_id AND s.location_id = rl.location_id""")
				.params(OffsetDateTime.now(this.clock), reservationId)
				.update();
			this.jdbc.sql("""
					UPDATE inventory.reservation_line SET released = released + open_quantity, open_quantity = 0
					WHERE reservation_id = ? AND open_quantity > 0""").param(reservationId).update();
			this.jdbc.sql("UPDATE inventory.reservation SET status = 'RELEASED', backordered = 0, closed_at = ? WHERE id = ?")
				.params(OffsetDateTime.now(this.clock), reservationId)
				.update();
		}
		return require(reservationId);
	}

	/** Picks reserved stock of one lot at one location (ledger PICK), consuming the reservation. */
	@Transactional
	public ReservationView consume(ConsumeReservation command) {
		if (command.quantity() <= 0) {
			throw new InvalidRequest("A pick quantity must be positive, was " + command.quantity());
		}
		requireText(command.lotNumber(), "lotNumber");
		requireText(command.locationId(), "locationId");
		Claim claim = this.commands.claim(command.idempotencyKey(), "consume", command, null);
		String status = lockHeader(command.reservationId());
		if (claim.replay()) {
			return require(command.reservationId());
		}
		if (!"ACTIVE".equals(status)) {
			throw new ReservationClosed(command.reservationId(), status);
		}
		String sku = this.jdbc.sql("SELECT sku FROM inventory.reservation WHERE id = ?")
			.param(command.reservationId())
			.query(String.class)
			.single();
		Optional<Lot> lot = this.book.findLot(sku, command.lotNumber());
		int open = lot.map(l -> this.jdbc.sql("""
				SELECT open_quantity FROM inventory.reservation_line
				WHERE reservation_id = ? AND lot_id = ? AND location_id = ? FOR UPDATE""")
			.params(command.reservationId(), l.id(), command.locationId())
			.query(Integer.class)
			.optional()
			.orElse(0)).orElse(0);
		if (lot.isEmpty() || open < command.quantity()) {
			throw new NotAllocated(command.reservationId(), command.lotNumber(), command.locationId(),
					command.quantity(), open);
		}
		this.book.post(new Posting(EntryType.PICK, lot.get(), command.locationId(), -command.quantity(),
				-command.quantity(), null, null, command.reservationId().toString(), command.idempotencyKey()));
		this.jdbc.sql("""
				UPDATE inventory.reservation_line SET open_quantity = open_quantity - ?, picked = picked + ?
				WHERE reservation_id = ? AND lot_id = ? AND location_id = ?""")
			.params(command.quantity(), command.quantity(), command.reservationId(), lot.get().id(),
					command.locationId())
			.update();
		this.jdbc.sql("""
				UPDATE inventory.reservation r SET status = 'FULFILLED', closed_at = ?
				WHERE r.id = ? AND r.backordered = 0
				  AND NOT EXISTS (SELECT 1 FROM inventory.reservation_line rl WHERE rl.reservation_id = r.id AND rl.open_quantity > 0)""")
			.params(OffsetDateTime.now(this.clock), command.reservationId())
			.update();
		return require(command.reservationId());
	}

	/** The outcome of a reservation as it was made (for idempotent replays). */
	@Transactional(readOnly = true)
	public Allocation allocation(UUID reservationId) {
		ReservationView view = require(reservationId);
		List<AllocatedLot> lots = view.lines()
			.stream()
			.map(l -> new AllocatedLot(l.lotNumber(), l.expiryDate(), l.locationId(), l.allocated()))
			.toList();
		return new Allocation(view.id(), view.sku(), view.requested(), view.initiallyAllocated(),
				view.requested() - view.initiallyAllocated(), lots);
	}

	@Transactional(readOnly = true)
	public ReservationView require(UUID reservationId) {
		return find(reservationId).orElseThrow(() -> new UnknownReservation(reservationId));
	}

	@Transactional(readOnly = true)
	public Optional<ReservationView> find(UUID reservationId) {
		Optional<ReservationView> header = this.jdbc.sql(HEADER + " WHERE r.id = ?")
			.param(reservationId)
			.query(ReservationService::header)
			.optional();
		return header.map(h -> withLines(h, lines(reservationId)));
	}

	/** Reservations by order, SKU, status and whether they have a backorder; newest first. */
	@Transactional(readOnly = true)
	public PageResponse<ReservationView> page(@Nullable UUID orderId, @Nullable String sku, @Nullable String status,
			@Nullable Boolean backordered, PageRequest page) {
		String where = " WHERE (CAST(:order AS uuid) IS NULL OR r.order_id = :order)"
				+ " AND (CAST(:sku AS text) IS NULL OR r.sku = :sku)"
				+ " AND (CAST(:status AS text) IS NULL OR r.status = :status)"
				+ " AND (CAST(:backordered AS boolean) IS NULL OR (r.backordered > 0) = :backordered)";
		var params = Paging.text(Paging.text(Paging.filters(), "sku", sku), "status", status)
			.addValue("order", orderId, java.sql.Types.OTHER)
			.addValue("backordered", backordered, java.sql.Types.BOOLEAN);
		PageResponse<ReservationView> headers = Paging.page(this.jdbc, "SELECT count(*) FROM inventory.reservation r"
				+ where, HEADER + where + " ORDER BY r.created_at DESC, r.id", params, ReservationService::header, page);
		return new PageResponse<>(headers.content().stream().map(h -> withLines(h, lines(h.id()))).toList(),
				headers.page(), headers.size(), headers.totalElements(), headers.totalPages());
	}

	private static final String HEADER = """
			SELECT r.id, r.order_id, r.order_line_id, r.sku, r.requested, r.initially_allocated,
			       COALESCE((SELECT SUM(open_quantity) FROM inventory.reservation_line WHERE reservation_id = r.id), 0),
			       COALESCE((SELECT SUM(picked) FROM inventory.reservation_line WHERE reservation_id = r.id), 0),
			       r.backordered, r.delivery_date, r.status, r.created_at, r.closed_at
			FROM inventory.reservation r""";

	private static ReservationView header(ResultSet rs, int n) throws SQLException {
		OffsetDateTime closed = rs.getObject(13, OffsetDateTime.class);
		return new ReservationView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
				rs.getString(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9),
				rs.getObject(10, LocalDate.class), rs.getString(11), rs.getObject(12, OffsetDateTime.class).toInstant(),
				(closed != null) ? closed.toInstant() : null, List.of());
	}

	private List<ReservationView.Line> lines(UUID reservationId) {
		return this.jdbc.sql("""
				SELECT l.lot_number, l.expiry_date, rl.location_id, rl.allocated, rl.open_quantity, rl.picked,
				       rl.released, rl.shorted
				FROM inventory.reservation_line rl JOIN inventory.lot l ON l.id = rl.lot_id
				WHERE rl.reservation_id = ? ORDER BY rl.pick_order""")
			.param(reservationId)
			.query((rs, n) -> new ReservationView.Line(rs.getString(1), rs.getObject(2, LocalDate.class),
					rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8)))
			.list();
	}

	private static ReservationView withLines(ReservationView h, List<ReservationView.Line> lines) {
		return new ReservationView(h.id(), h.orderId(), h.orderLineId(), h.sku(), h.requested(),
				h.initiallyAllocated(), h.open(), h.picked(), h.backordered(), h.deliveryDate(), h.status(),
				h.createdAt(), h.closedAt(), lines);
	}

	private String lockHeader(UUID reservationId) {
		return this.jdbc.sql("SELECT status FROM inventory.reservation WHERE id = ? FOR UPDATE")
			.param(reservationId)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new UnknownReservation(reservationId));
	}

	private static void validate(ReserveStock command) {
		if (command.quantity() <= 0) {
			throw new InvalidRequest("A reservation quantity must be positive, was " + command.quantity());
		}
		requireText(command.sku(), "sku");
		requireText(command.orderLineId(), "orderLineId");
		if (command.orderId() == null || command.deliveryDate() == null) {
			throw new InvalidRequest("orderId and deliveryDate are required");
		}
	}

	private static void requireText(@Nullable String value, String field) {
		if (value == null || value.isBlank()) {
			throw new InvalidRequest(field + " is required");
		}
	}

}
