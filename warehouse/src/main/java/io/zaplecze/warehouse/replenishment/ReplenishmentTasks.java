package io.zaplecze.warehouse.replenishment;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.zaplecze.inventory.ProductView;
import io.zaplecze.inventory.RotationPolicy;
import io.zaplecze.inventory.StockCommands.MoveStock;
import io.zaplecze.inventory.StockLevel;
import io.zaplecze.inventory.StockManagement;
import io.zaplecze.warehouse.claims.TaskClaims;
import io.zaplecze.warehouse.claims.TaskType;
import io.zaplecze.warehouse.labels.LabelFormats;
import io.zaplecze.warehouse.labels.WrongScan;
import io.zaplecze.warehouse.layout.Bin;
import io.zaplecze.warehouse.layout.BinKind;
import io.zaplecze.warehouse.layout.BinOccupancy;
import io.zaplecze.warehouse.layout.LayoutService;
import io.zaplecze.warehouse.layout.Site;
import io.zaplecze.warehouse.slotting.SlottingService;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pick-face replenishment as tasks a person does: a slotted pick face holding less than a quarter of
 * what fits in it is refilled from the product's unreserved stock in reserve bins (the lot its
 * rotation rule would ship first), up to what fits. Confirming scans the reserve bin, the product
 * and the pick face, then moves the stock in inventory.
 */
@Service
@Transactional
public class ReplenishmentTasks {

	/** A pick face below this share of its capacity (in units of its product) is refilled. */
	static final double TRIGGER_SHARE = 0.25;

	private final JdbcClient jdbc;

	private final LayoutService layout;

	private final SlottingService slotting;

	private final BinOccupancy occupancy;

	private final StockManagement stock;

	private final LabelFormats labels;

	private final TaskClaims claims;

	private final Clock clock;

	ReplenishmentTasks(JdbcClient jdbc, LayoutService layout, SlottingService slotting, BinOccupancy occupancy,
			StockManagement stock, LabelFormats labels, TaskClaims claims, Clock clock) {
		this.jdbc = jdbc;
		this.layout = layout;
		this.slotting = slotting;
		this.occupancy = occupancy;
		this.stock = stock;
		this.labels = labels;
		this.claims = claims;
		this.clock = clock;
	}

	/** Units of a product a bin holds at most (by volume and by weight). */
	static int capacityUnits(Bin bin, ProductView product) {
		long byVolume = (product.volumeCm3() > 0) ? bin.capacityVolumeCm3() / product.volumeCm3() : Integer.MAX_VALUE;
		long byWeight = (product.weightGrams() > 0) ? bin.capacityWeightGrams() / product.weightGrams() : Integer.MAX_VALUE;
		return (int) Math.min(Integer.MAX_VALUE, Math.min(byVolume, byWeight));
	}

	/** Creates the tasks the site's pick faces need now; returns the site's open tasks. */
	public List<TaskView> generate(String siteCode) {
		Site site = this.layout.site(siteCode);
		Map<String, String> slots = this.slotting.slots(site.id());
		Map<String, ProductView> products = new HashMap<>();
		this.stock.products(slots.keySet()).forEach((p) -> products.put(p.sku(), p));
		for (Map.Entry<String, String> slot : slots.entrySet()) {
			ProductView product = products.get(slot.getKey());
			Optional<Bin> face = this.layout.findBin(slot.getValue());
			if (product == null || face.isEmpty()) {
				continue;
			}
			int capacity = capacityUnits(face.get(), product);
			int onFace = this.stock.stockAt(face.get().code())
				.stream()
				.filter((s) -> s.sku().equals(product.sku()))
				.mapToInt(StockLevel::onHand)
				.sum();
			if (capacity <= 0 || onFace >= Math.ceil(capacity * TRIGGER_SHARE)) {
				continue;
			}
			Optional<StockLevel> source = reserveStock(site, product);
			if (source.isEmpty()) {
				continue;
			}
			int quantity = Math.min(source.get().available(), capacity - onFace);
			if (quantity <= 0) {
				continue;
			}
			String reason = "Pick face " + face.get().code() + " holds " + onFace + " of " + capacity + "; refill from "
					+ source.get().locationId();
			try {
				this.jdbc.sql("""
						INSERT INTO warehouse.replenishment_task (id, site_id, sku, lot_number, from_bin, to_bin, quantity, status,
						  reason, created_at)
						VALUES (?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?) ON CONFLICT DO NOTHING""")
					.params(UUID.randomUUID(), site.id(), product.sku(), source.get().lotNumber(), source.get().locationId(),
							face.get().code(), quantity, reason, Timestamp.from(this.clock.instant()))
					.update();
			}
			catch (DuplicateKeyException ex) {
				// an open task for this pick face exists already
			}
		}
		return open(siteCode);
	}

	// Unreserved stock in the site's reserve bins, the lot the rotation rule would ship first.
	private Optional<StockLevel> reserveStock(Site site, ProductView product) {
		Comparator<StockLevel> order = (product.rotationPolicy() == RotationPolicy.FEFO)
				? Comparator.comparing(StockLevel::expiryDate, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
				: Comparator.comparing(StockLevel::lotNumber);
		if (product.rotationPolicy() == RotationPolicy.LIFO) {
			order = order.reversed();
		}
		return this.stock.stockOf(product.sku())
			.stream()
			.filter((s) -> s.available() > 0)
			.filter((s) -> this.layout.findBin(s.locationId())
				.filter((b) -> b.siteId().equals(site.id()) && b.kind() == BinKind.RESERVE)
				.isPresent())
			.sorted(order.thenComparing(StockLevel::locationId))
			.findFirst();
	}

	@Transactional(readOnly = true)
	public List<TaskView> open(String siteCode) {
		Site site = this.layout.site(siteCode);
		return this.jdbc.sql(SELECT + " WHERE site_id = ? AND status = 'OPEN' ORDER BY created_at, to_bin")
			.param(site.id())
			.query(this::row)
			.list();
	}

	@Transactional(readOnly = true)
	public TaskView task(UUID id) {
		return this.jdbc.sql(SELECT + " WHERE id = ?").param(id).query(this::row).optional()
			.orElseThrow(() -> new ReplenishmentTaskNotFound(id));
	}

	/** Takes a task (409 naming who has it). */
	public TaskView take(UUID id, String person) {
		TaskView task = task(id);
		requireOpen(task);
		this.claims.claim(TaskType.REPLENISHMENT, id, task.siteId(), person);
		return task(id);
	}

	/** Confirms by scanning the reserve bin, the product and the pick face; moves the stock. */
	public TaskView confirm(UUID id, String fromScan, String productScan, String toScan, String person) {
		TaskView task = task(id);
		requireOpen(task);
		Site site = this.layout.site(task.siteId());
		this.claims.claim(TaskType.REPLENISHMENT, id, site.id(), person);
		Bin from = this.labels.bin(site, fromScan);
		if (!from.code().equals(task.fromBin())) {
			throw new WrongScan("Wrong bin: you scanned " + from.code() + ", take the goods from " + task.fromBin());
		}
		String sku = this.labels.sku(site, productScan);
		if (!sku.equals(task.sku())) {
			throw new WrongScan("Wrong product: you scanned " + sku + ", this task moves " + task.sku());
		}
		Bin to = this.labels.bin(site, toScan);
		if (!to.code().equals(task.toBin())) {
			throw new WrongScan("Wrong bin: you scanned " + to.code() + ", the pick face is " + task.toBin());
		}
		this.occupancy.check(to, this.stock.product(task.sku()), task.quantity());
		this.jdbc.sql("UPDATE warehouse.replenishment_task SET status = 'DONE', done_by = ?, done_at = ? WHERE id = ?")
			.params(person, Timestamp.from(this.clock.instant()), id)
			.update();
		this.stock.move(new MoveStock("replenish-" + id, task.sku(), task.lotNumber(), task.fromBin(), task.toBin(),
				task.quantity()));
		this.claims.finished(TaskType.REPLENISHMENT, id);
		return task(id);
	}

	private static void requireOpen(TaskView task) {
		if (!"OPEN".equals(task.status())) {
			throw new ReplenishmentTaskClosed(task.id(), task.status());
		}
	}

	private static final String SELECT = """
			SELECT id, site_id, sku, lot_number, from_bin, to_bin, quantity, status, reason, created_at, done_by, done_at
			FROM warehouse.replenishment_task""";

	private TaskView row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		UUID id = rs.getObject(1, UUID.class);
		OffsetDateTime doneAt = rs.getObject(12, OffsetDateTime.class);
		return new TaskView(id, rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getString(6), rs.getInt(7), rs.getString(8), rs.getString(9),
				rs.getObject(10, OffsetDateTime.class).toInstant(), rs.getString(11),
				(doneAt != null) ? doneAt.toInstant() : null, this.claims.holderName(TaskType.REPLENISHMENT, id));
	}

	/** A replenishment task. */
	public record TaskView(UUID id, UUID siteId, String sku, String lotNumber, String fromBin, String toBin, int quantity,
			String status, String reason, Instant createdAt, @Nullable String doneBy, @Nullable Instant doneAt,
			@Nullable String takenBy) {
	}


}
