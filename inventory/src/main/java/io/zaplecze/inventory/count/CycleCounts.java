package io.zaplecze.inventory.count;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import io.zaplecze.inventory.InventoryFailure.InvalidRequest;
import io.zaplecze.inventory.InventoryFailure.StateConflict;
import io.zaplecze.inventory.InventoryFailure.UnknownCountTask;
import io.zaplecze.inventory.StockLevel;
import io.zaplecze.inventory.command.CommandLog;
import io.zaplecze.inventory.command.CommandLog.Claim;
import io.zaplecze.inventory.ledger.EntryType;
import io.zaplecze.inventory.ledger.StockBook;
import io.zaplecze.inventory.ledger.StockBook.Lot;
import io.zaplecze.inventory.stock.StockCommandService;
import io.zaplecze.inventory.web.PageRequest;
import io.zaplecze.inventory.web.PageResponse;
import io.zaplecze.inventory.web.Paging;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cycle counts: one open task per location; completing it with the counted quantities posts a COUNT
 * entry (counted quantity, reason) for every lot whose count differs from the books. Lots on the
 * books but not in the count were counted as zero: the count covers the whole location.
 */
@Service
class CycleCounts {

	private final JdbcClient jdbc;

	private final StockBook book;

	private final StockCommandService stock;

	private final CommandLog commands;

	private final Clock clock;

	CycleCounts(JdbcClient jdbc, StockBook book, StockCommandService stock, CommandLog commands, Clock clock) {
		this.jdbc = jdbc;
		this.book = book;
		this.stock = stock;
		this.commands = commands;
		this.clock = clock;
	}

	/**
	 * A count task.
	 *
	 * @param id the task
	 * @param locationId the location to count
	 * @param status OPEN, COMPLETED or CANCELLED
	 * @param createdAt when it was created
	 * @param completedAt when it was completed or cancelled
	 * @param reason the reason posted with variances
	 * @param lines for an open task the lots on the books at the location (expected only); for a completed
	 * task expected and counted per lot
	 */
	record CountTask(UUID id, String locationId, String status, Instant createdAt, @Nullable Instant completedAt,
			@Nullable String reason, List<CountLine> lines) {
	}

	/**
	 * One lot of a count.
	 *
	 * @param sku the product
	 * @param lotNumber the lot
	 * @param expiryDate its expiry
	 * @param expected on the books when the count was completed (or now, for an open task)
	 * @param counted what was counted (null while open)
	 */
	record CountLine(String sku, String lotNumber, @Nullable LocalDate expiryDate, int expected,
			@Nullable Integer counted) {

		/** Counted minus expected (null while open); also in JSON. */
		@JsonProperty("variance")
		public @Nullable Integer variance() {
			return (this.counted != null) ? this.counted - this.expected : null;
		}

	}

	/**
	 * A counted quantity.
	 *
	 * @param sku the product
	 * @param lotNumber the lot
	 * @param countedQuantity units counted (0 or more)
	 */
	record Counted(String sku, String lotNumber, int countedQuantity) {
	}

	@Transactional
	List<CountTask> create(List<String> locationIds) {
		if (locationIds.isEmpty() || new HashSet<>(locationIds).size() != locationIds.size()) {
			throw new InvalidRequest("Give one or more distinct location ids");
		}
		List<CountTask> tasks = new ArrayList<>();
		for (String locationId : locationIds) {
			if (locationId == null || locationId.isBlank() || locationId.length() > 64) {
				throw new InvalidRequest("A location id is 1-64 characters");
			}
			UUID id = UUID.randomUUID();
			try {
				this.jdbc.sql("INSERT INTO inventory.count_task (id, location_id, status, created_at) VALUES (?, ?, 'OPEN', ?)")
					.params(id, locationId, OffsetDateTime.now(this.clock))
					.update();
			}
			catch (DuplicateKeyException ex) {
				throw new StateConflict("Location " + locationId + " already has an open count task");
			}
			tasks.add(require(id));
		}
		return tasks;
	}

	@Transactional
	CountTask complete(UUID taskId, String idempotencyKey, List<Counted> counted, String reason) {
		Claim claim = this.commands.claim(idempotencyKey, "count", taskId + " " + counted + " " + reason, null);
		String status = lockTask(taskId);
		if (claim.replay()) {
			return require(taskId);
		}
		if (!"OPEN".equals(status)) {
			throw new StateConflict("Count task " + taskId + " is " + status);
		}
		if (reason == null || reason.isBlank()) {
			throw new InvalidRequest("A count needs a reason");
		}
		String locationId = this.jdbc.sql("SELECT location_id FROM inventory.count_task WHERE id = ?")
			.param(taskId)
			.query(String.class)
			.single();
		Map<Long, Integer> countedByLot = new LinkedHashMap<>();
		Map<Long, Lot> lots = new LinkedHashMap<>();
		for (Counted line : counted) {
			if (line.countedQuantity() < 0) {
				throw new InvalidRequest("A counted quantity cannot be negative");
			}
			Lot lot = this.book.requireLot(line.sku(), line.lotNumber());
			if (countedByLot.put(lot.id(), line.countedQuantity()) != null) {
				throw new InvalidRequest("Lot " + line.lotNumber() + " of " + line.sku() + " is counted twice");
			}
			lots.put(lot.id(), lot);
		}
		// Lock the location's rows in (lot, location) order, then read the books.
		record BookRow(long lotId, String sku, String lotNumber, LocalDate expiryDate, int onHand) {
		}
		List<BookRow> rows = this.jdbc.sql("""
				SELECT s.lot_id, l.sku, l.lot_number, l.expiry_date, s.on_hand
				FROM inventory.stock s JOIN inventory.lot l ON l.id = s.lot_id
				WHERE s.location_id = ? ORDER BY s.lot_id FOR UPDATE OF s""")
			.param(locationId)
			.query((rs, n) -> new BookRow(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getObject(4, LocalDate.class), rs.getInt(5)))
			.list();
		Map<Long, Integer> expected = new LinkedHashMap<>();
		for (BookRow row : rows) {
			expected.put(row.lotId(), row.onHand());
			lots.putIfAbsent(row.lotId(), new Lot(row.lotId(), row.sku(), row.lotNumber(), row.expiryDate(), false));
		}
		Set<Long> all = new java.util.TreeSet<>(lots.keySet());
		for (long lotId : all) {
			int onBooks = expected.getOrDefault(lotId, 0);
			int found = countedByLot.getOrDefault(lotId, 0);
			if (onBooks == 0 && found == 0) {
				continue;
			}
			if (found != onBooks) {
				this.stock.removeOrAdd(EntryType.COUNT, lots.get(lotId), locationId, found - onBooks, found, reason,
						"count:" + taskId, idempotencyKey);
			}
			this.jdbc.sql("INSERT INTO inventory.count_line (task_id, lot_id, expected, counted) VALUES (?, ?, ?, ?)")
				.params(taskId, lotId, onBooks, found)
				.update();
		}
		this.jdbc.sql("UPDATE inventory.count_task SET status = 'COMPLETED', completed_at = ?, reason = ? WHERE id = ?")
			.params(OffsetDateTime.now(this.clock), reason, taskId)
			.update();
		return require(taskId);
	}

	@Transactional
	CountTask cancel(UUID taskId) {
		String status = lockTask(taskId);
		if (!"OPEN".equals(status)) {
			throw new StateConflict("Count task " + taskId + " is " + status);
		}
		this.jdbc.sql("UPDATE inventory.count_task SET status = 'CANCELLED', completed_at = ? WHERE id = ?")
			.params(OffsetDateTime.now(this.clock), taskId)
			.update();
		return require(taskId);
	}

	@Transactional(readOnly = true)
	CountTask require(UUID taskId) {
		CountTask task = this.jdbc
			.sql("SELECT id, location_id, status, created_at, completed_at, reason FROM inventory.count_task WHERE id = ?")
			.param(taskId)
			.query(CycleCounts::task)
			.optional()
			.orElseThrow(() -> new UnknownCountTask(taskId));
		return withLines(task);
	}

	@Transactional(readOnly = true)
	PageResponse<CountTask> page(@Nullable String status, @Nullable String locationId, PageRequest page) {
		String where = " WHERE (CAST(:status AS text) IS NULL OR status = :status)"
				+ " AND (CAST(:location AS text) IS NULL OR location_id = :location)";
		PageResponse<CountTask> tasks = Paging.page(this.jdbc, "SELECT count(*) FROM inventory.count_task" + where,
				"SELECT id, location_id, status, created_at, completed_at, reason FROM inventory.count_task" + where
						+ " ORDER BY created_at DESC, id",
				Paging.text(Paging.text(Paging.filters(), "status", status), "location", locationId), CycleCounts::task,
				page);
		return new PageResponse<>(tasks.content().stream().map(this::withLines).toList(), tasks.page(), tasks.size(),
				tasks.totalElements(), tasks.totalPages());
	}

	private CountTask withLines(CountTask task) {
		List<CountLine> lines;
		if ("OPEN".equals(task.status())) {
			lines = this.book.levels(null, task.locationId())
				.stream()
				.map((StockLevel s) -> new CountLine(s.sku(), s.lotNumber(), s.expiryDate(), s.onHand(), null))
				.toList();
		}
		else {
			lines = this.jdbc.sql("""
					SELECT l.sku, l.lot_number, l.expiry_date, c.expected, c.counted
					FROM inventory.count_line c JOIN inventory.lot l ON l.id = c.lot_id WHERE c.task_id = ? ORDER BY l.sku, l.lot_number""")
				.param(task.id())
				.query((rs, n) -> new CountLine(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
						rs.getInt(4), rs.getInt(5)))
				.list();
		}
		return new CountTask(task.id(), task.locationId(), task.status(), task.createdAt(), task.completedAt(),
				task.reason(), lines);
	}

	private String lockTask(UUID taskId) {
		return this.jdbc.sql("SELECT status FROM inventory.count_task WHERE id = ? FOR UPDATE")
			.param(taskId)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new UnknownCountTask(taskId));
	}

	private static CountTask task(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		OffsetDateTime completed = rs.getObject(5, OffsetDateTime.class);
		return new CountTask(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
				rs.getObject(4, OffsetDateTime.class).toInstant(), (completed != null) ? completed.toInstant() : null,
				rs.getString(6), List.of());
	}

}
