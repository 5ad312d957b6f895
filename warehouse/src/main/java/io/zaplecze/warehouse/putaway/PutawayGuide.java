package io.zaplecze.warehouse.putaway;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.zaplecze.inventory.ProductView;
import io.zaplecze.inventory.StockManagement;
import io.zaplecze.warehouse.WarehouseFailure;
import io.zaplecze.warehouse.claims.TaskClaims;
import io.zaplecze.warehouse.claims.TaskType;
import io.zaplecze.warehouse.labels.LabelFormats;
import io.zaplecze.warehouse.layout.Bin;
import io.zaplecze.warehouse.layout.BinOccupancy;
import io.zaplecze.warehouse.layout.LayoutService;
import io.zaplecze.warehouse.layout.Site;
import io.zaplecze.warehouse.layout.Zone;
import io.zaplecze.warehouse.slotting.SlottingService;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Putaway on the floor: the next task for a person (taken for them), with the bin to go to and why
 * (zone, temperature class, slotting), a few other bins the rules allow; confirming by scanning the
 * bin, and a reason when it is not the suggested one.
 */
@Service
@Transactional
public class PutawayGuide {

	private static final int ALTERNATIVES = 5;

	private final PutawayTaskRepository tasks;

	private final PutawayService putaway;

	private final LayoutService layout;

	private final BinOccupancy occupancy;

	private final SlottingService slotting;

	private final StockManagement stock;

	private final LabelFormats labels;

	private final TaskClaims claims;

	private final JdbcClient jdbc;

	private final Clock clock;

	PutawayGuide(PutawayTaskRepository tasks, PutawayService putaway, LayoutService layout, BinOccupancy occupancy,
			SlottingService slotting, StockManagement stock, LabelFormats labels, TaskClaims claims, JdbcClient jdbc,
			Clock clock) {
		this.tasks = tasks;
		this.putaway = putaway;
		this.layout = layout;
		this.occupancy = occupancy;
		this.slotting = slotting;
		this.stock = stock;
		this.labels = labels;
		this.claims = claims;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The person's next putaway: the open task they already hold, else the oldest open task nobody
	 * holds (taken for them). Empty when there is none.
	 */
	public Optional<PutawayStep> next(String siteCode, String person) {
		Site site = this.layout.site(siteCode);
		List<PutawayTask> open = this.tasks.findBySiteIdAndStatusOrderByCreatedAt(site.id(), PutawayTask.Status.OPEN);
		PutawayTask mine = null;
		for (PutawayTask t : open) {
			String holder = this.claims.holderName(TaskType.PUTAWAY, t.id());
			if (person.equals(holder)) {
				mine = t;
				break;
			}
			if (holder == null && mine == null) {
				mine = t;
			}
		}
		if (mine == null) {
			return Optional.empty();
		}
		this.claims.claim(TaskType.PUTAWAY, mine.id(), site.id(), person);
		return Optional.of(step(site, mine, person));
	}

	/** Takes a given task (409 when someone else has it) and shows it. */
	public PutawayStep take(UUID taskId, String person) {
		PutawayTask task = this.tasks.findById(taskId).orElseThrow(() -> new PutawayTaskNotFound(taskId));
		Site site = this.layout.site(task.siteId());
		this.claims.claim(TaskType.PUTAWAY, taskId, site.id(), person);
		return step(site, task, person);
	}

	/**
	 * Confirms by the scanned bin label. Another bin than the suggested one needs a reason, which is
	 * recorded; the bin rules decide whether it is allowed.
	 */
	public PutawayService.TaskView confirm(UUID taskId, String binScan, @Nullable String reason, String person) {
		PutawayTask task = this.tasks.findById(taskId).orElseThrow(() -> new PutawayTaskNotFound(taskId));
		if (task.status() == PutawayTask.Status.DONE) {
			throw new PutawayAlreadyConfirmed(taskId, task.confirmedBin());
		}
		Site site = this.layout.site(task.siteId());
		this.claims.claim(TaskType.PUTAWAY, taskId, site.id(), person);
		Bin bin = this.labels.bin(site, binScan);
		String suggested = suggestion(site, task, this.stock.product(task.sku())).map(Bin::code).orElse(null);
		boolean deviates = !bin.code().equals(suggested);
		if (deviates && (reason == null || reason.isBlank())) {
			throw new ReasonRequired(bin.code(), String.valueOf(suggested));
		}
		PutawayService.TaskView done = this.putaway.confirm(taskId, bin.code());
		if (deviates) {
			this.jdbc.sql("""
					INSERT INTO warehouse.putaway_deviation (task_id, suggested_bin, chosen_bin, reason, decided_by, decided_at)
					VALUES (?, ?, ?, ?, ?, ?)""")
				.params(taskId, suggested, bin.code(), reason.strip(), person, Timestamp.from(this.clock.instant()))
				.update();
		}
		this.claims.finished(TaskType.PUTAWAY, taskId);
		return done;
	}

	private PutawayStep step(Site site, PutawayTask task, String person) {
		ProductView product = this.stock.product(task.sku());
		Map<UUID, Zone> zones = new HashMap<>();
		this.layout.zones(site.id()).forEach((z) -> zones.put(z.id(), z));
		Optional<Bin> suggested = suggestion(site, task, product);
		String slot = this.slotting.slotOf(site.id(), task.sku()).orElse(null);
		List<String> why = new ArrayList<>();
		BinView target = suggested.map((b) -> BinView.of(b, zones)).orElse(null);
		if (target != null) {
			why.add("Zone " + target.zone() + " is " + target.temperatureClass() + ", as " + product.name() + " must be kept");
			if (target.code().equals(slot)) {
				why.add("It is the product's pick face (slotting) and has room for " + task.quantity());
			}
			else if (slot != null) {
				why.add("The pick face " + slot + " is full: nearest bin with room to it, so reserve stock sits next to its slot");
			}
			else {
				why.add("The product has no slot: nearest free bin with room to the zone's entry");
			}
		}
		else {
			why.add("No compatible bin has room now: choose a bin and say why");
		}
		return new PutawayStep(PutawayService.TaskView.of(task), product.name(), product.temperatureClass().name(), target,
				why, alternatives(site, product, task.quantity(), suggested.orElse(null), zones), person);
	}

	// The suggestion made at receipt while it still fits, else what the rules suggest now.
	private Optional<Bin> suggestion(Site site, PutawayTask task, ProductView product) {
		if (task.suggestedBin() != null) {
			Optional<Bin> bin = this.layout.findBin(task.suggestedBin());
			if (bin.isPresent() && fits(bin.get(), product, task.quantity())) {
				return bin;
			}
		}
		return this.putaway.suggest(site, product, task.quantity());
	}

	// Bins of the product's temperature class with room, not holding or slotted for another product,
	// nearest to the suggested bin first.
	private List<BinView> alternatives(Site site, ProductView product, int quantity, @Nullable Bin suggested,
			Map<UUID, Zone> zones) {
		Set<String> otherSlots = new HashSet<>();
		this.slotting.slots(site.id()).forEach((sku, bin) -> {
			if (!sku.equals(product.sku())) {
				otherSlots.add(bin);
			}
		});
		List<Bin> candidates = this.layout.bins(site.id())
			.stream()
			.filter(Bin::isStorage)
			.filter((b) -> b.zoneId() != null && zones.containsKey(b.zoneId())
					&& zones.get(b.zoneId()).temperatureClass() == product.temperatureClass())
			.filter((b) -> suggested == null || !b.code().equals(suggested.code()))
			.filter((b) -> !otherSlots.contains(b.code()))
			.sorted(Comparator.comparingDouble((Bin b) -> (suggested == null) ? 0
					: Math.abs(b.x() - suggested.x()) + Math.abs(b.y() - suggested.y())).thenComparing(Bin::code))
			.limit(40)
			.toList();
		List<BinView> found = new ArrayList<>();
		for (Bin b : candidates) {
			if (found.size() >= ALTERNATIVES) {
				break;
			}
			boolean mixed = this.occupancy.load(b).skus().stream().anyMatch((s) -> !s.equals(product.sku()));
			if (!mixed && fits(b, product, quantity)) {
				found.add(BinView.of(b, zones));
			}
		}
		return found;
	}

	private boolean fits(Bin bin, ProductView product, int quantity) {
		try {
			this.occupancy.check(bin, product, quantity);
			return true;
		}
		catch (WarehouseFailure ex) {
			return false;
		}
	}

	/**
	 * One putaway as the handheld shows it.
	 *
	 * @param task the task
	 * @param productName the product's name
	 * @param temperatureClass the product's temperature class
	 * @param suggested the bin to go to (null when none has room)
	 * @param why why that bin, in the picker's words
	 * @param alternatives other bins the rules allow now
	 * @param takenBy who holds the task
	 */
	public record PutawayStep(PutawayService.TaskView task, String productName, String temperatureClass,
			@Nullable BinView suggested, List<String> why, List<BinView> alternatives, String takenBy) {
	}

	/** A bin with where it is. */
	public record BinView(String code, String zone, String temperatureClass, @Nullable String aisle, @Nullable Integer bay,
			@Nullable Integer level, String kind) {

		static BinView of(Bin b, Map<UUID, Zone> zones) {
			Zone z = (b.zoneId() != null) ? zones.get(b.zoneId()) : null;
			return new BinView(b.code(), (z != null) ? z.code() : "-", (z != null) ? z.temperatureClass().name() : "-",
					b.aisle(), b.bay(), b.level(), b.kind().name());
		}

	}

}
