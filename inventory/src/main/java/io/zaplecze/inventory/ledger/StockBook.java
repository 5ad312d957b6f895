package io.zaplecze.inventory.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import io.zaplecze.inventory.InventoryFailure.InsufficientStock;
import io.zaplecze.inventory.InventoryFailure.LotExpiryMismatch;
import io.zaplecze.inventory.InventoryFailure.UnknownLot;
import io.zaplecze.inventory.StockLevel;
import io.zaplecze.inventory.web.PageRequest;
import io.zaplecze.inventory.web.PageResponse;
import io.zaplecze.inventory.web.Paging;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lots, stock rows and the ledger. Every change of on-hand stock goes through {@link #post}, which
 * updates the stock row and appends the ledger entry in one SQL statement, so the two cannot drift.
 * Callers that take more than they put lock the row first ({@link #lock}) and check it.
 */
@Component
public class StockBook {

	private static final String LEVEL_COLUMNS = "s.sku, l.lot_number, l.expiry_date, s.location_id, s.on_hand, s.reserved";

	private static final String LEVELS = """
			 FROM inventory.stock s JOIN inventory.lot l ON l.id = s.lot_id
			WHERE s.on_hand > 0 AND (CAST(:sku AS text) IS NULL OR s.sku = :sku)
			  AND (CAST(:location AS text) IS NULL OR s.location_id = :location)""";

	private static final String LEVELS_ORDER = " ORDER BY s.sku, l.expiry_date NULLS LAST, l.lot_number, s.location_id";

	private static final RowMapper<StockLevel> LEVEL = (rs, n) -> new StockLevel(rs.getString(1), rs.getString(2),
			rs.getObject(3, LocalDate.class), rs.getString(4), rs.getInt(5), rs.getInt(6));

	private static final String ENTRY_COLUMNS = """
			e.id, e.entry_type, e.sku, l.lot_number, l.expiry_date, e.location_id, e.quantity, e.counted_quantity,
			e.reason, e.reference, e.occurred_at""";

	private static final RowMapper<LedgerEntryView> ENTRY = StockBook::entry;

	private final JdbcClient jdbc;

	private final Clock clock;

	StockBook(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A lot.
	 *
	 * @param id internal id
	 * @param sku the product
	 * @param lotNumber the supplier's lot number
	 * @param expiryDate expiry, if any
	 * @param blocked on quality hold (never allocated)
	 */
	public record Lot(long id, String sku, String lotNumber, @Nullable LocalDate expiryDate, boolean blocked) {
	}

	/**
	 * A stock row as locked by a command.
	 *
	 * @param onHand physically there
	 * @param reserved promised
	 */
	public record Row(int onHand, int reserved) {

		public int available() {
			return this.onHand - this.reserved;
		}

	}

	/**
	 * One change of on-hand stock.
	 *
	 * @param type entry type
	 * @param lot the lot
	 * @param locationId where
	 * @param quantity signed change of on-hand
	 * @param reservedChange signed change of reserved in the same row (a pick consumes both)
	 * @param countedQuantity for counts
	 * @param reason why
	 * @param reference what it belongs to
	 * @param idempotencyKey the command's key
	 */
	public record Posting(EntryType type, Lot lot, String locationId, int quantity, int reservedChange,
			@Nullable Integer countedQuantity, @Nullable String reason, @Nullable String reference,
			@Nullable String idempotencyKey) {
	}

	@Transactional(readOnly = true)
	public Optional<Lot> findLot(String sku, String lotNumber) {
		return this.jdbc.sql("SELECT id, sku, lot_number, expiry_date, blocked FROM inventory.lot WHERE sku = ? AND lot_number = ?")
			.params(sku, lotNumber)
			.query(StockBook::lot)
			.optional();
	}

	/** The lot, or {@link UnknownLot}. */
	@Transactional(readOnly = true)
	public Lot requireLot(String sku, String lotNumber) {
		return findLot(sku, lotNumber).orElseThrow(() -> new UnknownLot(sku, lotNumber));
	}

	/**
	 * The lot a receipt books into: created on first receipt; a later receipt must name the same
	 * expiry date (or none, meaning "as known").
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Lot lotForReceipt(String sku, String lotNumber, @Nullable LocalDate expiryDate) {
		Optional<Lot> created = this.jdbc.sql("""
				INSERT INTO inventory.lot (sku, lot_number, expiry_date, received_at) VALUES (?, ?, ?, ?)
				ON CONFLICT (sku, lot_number) DO NOTHING
				RETURNING id, sku, lot_number, expiry_date, blocked""")
			.params(sku, lotNumber, expiryDate, OffsetDateTime.now(this.clock))
			.query(StockBook::lot)
			.optional();
		if (created.isPresent()) {
			return created.get();
		}
		Lot known = requireLot(sku, lotNumber);
		if (expiryDate != null && !Objects.equals(expiryDate, known.expiryDate())) {
			throw new LotExpiryMismatch(sku, lotNumber, known.expiryDate(), expiryDate);
		}
		return known;
	}

	/** Locks the stock row for this transaction; a missing row reads as empty. */
	@Transactional(propagation = Propagation.MANDATORY)
	public Row lock(long lotId, String locationId) {
		return this.jdbc.sql("SELECT on_hand, reserved FROM inventory.stock WHERE lot_id = ? AND location_id = ? FOR UPDATE")
			.params(lotId, locationId)
			.query((rs, n) -> new Row(rs.getInt(1), rs.getInt(2)))
			.optional()
			.orElse(new Row(0, 0));
	}

	/** Locks the row and checks that {@code quantity} is available (on hand and not promised). */
	@Transactional(propagation = Propagation.MANDATORY)
	public Row lockAvailable(Lot lot, String locationId, int quantity) {
		Row row = lock(lot.id(), locationId);
		if (row.available() < quantity) {
			throw new InsufficientStock(lot.sku(), lot.lotNumber(), locationId, quantity, row.available());
		}
		return row;
	}

	/**
	 * Applies a posting to the stock row and appends its ledger entry (one statement); returns the entry
	 * id. An increase may create the row; a decrease needs the row (locked and checked by the caller).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public long post(Posting p) {
		// PostgreSQL checks an INSERT's row against CHECK constraints before ON CONFLICT, so only
		// increases can go through the upsert.
		String change = (p.quantity() >= 0 && p.reservedChange() >= 0) ? """
				    INSERT INTO inventory.stock AS s (lot_id, location_id, sku, on_hand, reserved, updated_at)
				    VALUES (:lot, :location, :sku, :quantity, :reservedChange, :now)
				    ON CONFLICT (lot_id, location_id) DO UPDATE
				        SET on_hand = s.on_hand + EXCLUDED.on_hand, reserved = s.reserved + EXCLUDED.reserved,
				            updated_at = EXCLUDED.updated_at
				    RETURNING s.lot_id""" : """
				    UPDATE inventory.stock s
				    SET on_hand = s.on_hand + :quantity, reserved = s.reserved + :reservedChange, updated_at = :now
				    WHERE s.lot_id = :lot AND s.location_id = :location
				    RETURNING s.lot_id""";
		return this.jdbc.sql("WITH row AS (" + change + """
				)
				INSERT INTO inventory.ledger_entry (entry_type, sku, lot_id, location_id, quantity, counted_quantity,
				                                    reason, reference, idempotency_key, occurred_at)
				SELECT :type, :sku, row.lot_id, :location, :quantity, :counted, :reason, :reference, :key, :now FROM row
				RETURNING id""")
			.param("lot", p.lot().id())
			.param("location", p.locationId())
			.param("sku", p.lot().sku())
			.param("quantity", p.quantity())
			.param("reservedChange", p.reservedChange())
			.param("now", OffsetDateTime.now(this.clock))
			.param("type", p.type().name())
			.param("counted", p.countedQuantity(), java.sql.Types.INTEGER)
			.param("reason", p.reason(), java.sql.Types.VARCHAR)
			.param("reference", p.reference(), java.sql.Types.VARCHAR)
			.param("key", p.idempotencyKey(), java.sql.Types.VARCHAR)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new IllegalStateException(
					"No stock row " + p.lot().lotNumber() + " at " + p.locationId() + " to take " + p.quantity() + " from"));
	}

	@Transactional(readOnly = true)
	public List<LedgerEntryView> entries(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("SELECT " + ENTRY_COLUMNS + " FROM inventory.ledger_entry e JOIN inventory.lot l ON l.id = e.lot_id"
				+ " WHERE e.id = ANY(?) ORDER BY e.id").param(ids.toArray(Long[]::new)).query(ENTRY).list();
	}

	/** Parses the ledger entry ids a command recorded as its result. */
	public static List<Long> parseIds(@Nullable String resultRef) {
		if (resultRef == null || resultRef.isBlank()) {
			return List.of();
		}
		return Arrays.stream(resultRef.split(",")).map(Long::valueOf).toList();
	}

	/** Formats ledger entry ids as a command's result reference. */
	public static String formatIds(List<Long> ids) {
		return String.join(",", ids.stream().map(String::valueOf).toList());
	}

	/** The ledger, newest first, filtered by any of SKU, location and entry type. */
	@Transactional(readOnly = true)
	public PageResponse<LedgerEntryView> ledger(@Nullable String sku, @Nullable String locationId,
			@Nullable EntryType type, PageRequest page) {
		String where = " WHERE (CAST(:sku AS text) IS NULL OR e.sku = :sku)"
				+ " AND (CAST(:location AS text) IS NULL OR e.location_id = :location)"
				+ " AND (CAST(:type AS text) IS NULL OR e.entry_type = :type)";
		var params = Paging.text(filters(sku, locationId), "type", (type != null) ? type.name() : null);
		return Paging.page(this.jdbc, "SELECT count(*) FROM inventory.ledger_entry e" + where, "SELECT "
				+ ENTRY_COLUMNS + " FROM inventory.ledger_entry e JOIN inventory.lot l ON l.id = e.lot_id" + where
				+ " ORDER BY e.id DESC", params, ENTRY, page);
	}

	/** Stock levels with stock on hand, by SKU, expiry, lot and location. */
	@Transactional(readOnly = true)
	public List<StockLevel> levels(@Nullable String sku, @Nullable String locationId) {
		return this.jdbc.sql("SELECT " + LEVEL_COLUMNS + LEVELS + LEVELS_ORDER)
			.paramSource(filters(sku, locationId))
			.query(LEVEL)
			.list();
	}

	/** A page of {@link #levels(String, String)}. */
	@Transactional(readOnly = true)
	public PageResponse<StockLevel> levels(@Nullable String sku, @Nullable String locationId, PageRequest page) {
		return Paging.page(this.jdbc, "SELECT count(*)" + LEVELS, "SELECT " + LEVEL_COLUMNS + LEVELS + LEVELS_ORDER,
				filters(sku, locationId), LEVEL, page);
	}

	private static MapSqlParameterSource filters(@Nullable String sku, @Nullable String locationId) {
		return Paging.text(Paging.text(Paging.filters(), "sku", sku), "location", locationId);
	}

	/** Stock rows of a lot at each location (with stock). */
	@Transactional(readOnly = true)
	public List<StockLevel> levelsOfLot(long lotId) {
		return this.jdbc.sql("SELECT " + LEVEL_COLUMNS + " FROM inventory.stock s JOIN inventory.lot l ON l.id = s.lot_id"
				+ " WHERE s.lot_id = ? AND s.on_hand > 0 ORDER BY s.location_id").param(lotId).query(LEVEL).list();
	}

	static Lot lot(ResultSet rs, int row) throws SQLException {
		return new Lot(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
				rs.getBoolean(5));
	}

	private static LedgerEntryView entry(ResultSet rs, int row) throws SQLException {
		int counted = rs.getInt(8);
		Integer countedQuantity = rs.wasNull() ? null : counted;
		return new LedgerEntryView(rs.getLong(1), EntryType.valueOf(rs.getString(2)), rs.getString(3),
				rs.getString(4), rs.getObject(5, LocalDate.class), rs.getString(6), rs.getInt(7), countedQuantity,
				rs.getString(9), rs.getString(10), rs.getObject(11, OffsetDateTime.class).toInstant());
	}

}
