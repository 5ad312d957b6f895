package io.zaplecze.warehouse.putaway;

import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.zaplecze.inventory.ProductView;
import io.zaplecze.inventory.StockCommands.MoveStock;
import io.zaplecze.inventory.StockManagement;
import io.zaplecze.warehouse.WarehouseProperties;
import io.zaplecze.warehouse.layout.Bin;
import io.zaplecze.warehouse.layout.BinLoad;
import io.zaplecze.warehouse.layout.BinOccupancy;
import io.zaplecze.warehouse.layout.LayoutService;
import io.zaplecze.warehouse.layout.Site;
import io.zaplecze.warehouse.layout.Zone;
import io.zaplecze.warehouse.slotting.SlotTaken;
import io.zaplecze.warehouse.slotting.SlottingService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Putaway tasks: created per received line with a suggested bin; confirming one moves the stock. */
@Service
@Transactional
public class PutawayService {

	private final PutawayTaskRepository tasks;

	private final LayoutService layout;

	private final BinOccupancy occupancy;

	private final SlottingService slotting;

	private final StockManagement stock;

	private final WarehouseProperties properties;

	private final Clock clock;

	PutawayService(PutawayTaskRepository tasks, LayoutService layout, BinOccupancy occupancy, SlottingService slotting,
			StockManagement stock, WarehouseProperties properties, Clock clock) {
		this.tasks = tasks;
		this.layout = layout;
		this.occupancy = occupancy;
		this.slotting = slotting;
		this.stock = stock;
		this.properties = properties;
		this.clock = clock;
	}

	/** Creates the putaway task for a received line, with a suggested bin when one fits. */
	public UUID createTask(Site site, UUID receiptId, String sku, String lotNumber, int quantity) {
		ProductView product = this.stock.product(sku);
		String suggested = suggest(site, product, quantity).map(Bin::code).orElse(null);
		return this.tasks.save(new PutawayTask(site.id(), receiptId, sku, lotNumber, quantity, site.receivingLocation(),
				suggested, this.clock.instant())).id();
	}

	/** The bin the rules suggest for the goods now, if any fits. */
	public java.util.Optional<Bin> suggest(Site site, ProductView product, int quantity) {
		Map<String, String> slots = this.slotting.slots(site.id());
		String slotCode = slots.get(product.sku());
		Bin slot = (slotCode != null) ? this.layout.findBin(slotCode).orElse(null) : null;
		Set<String> otherSlots = new HashSet<>(slots.values());
		if (slotCode != null) {
			otherSlots.remove(slotCode);
		}
		Map<UUID, Zone> zones = new HashMap<>();
		this.layout.zones(site.id()).forEach((z) -> zones.put(z.id(), z));
		List<Bin> bins = this.layout.bins(site.id());
		Map<String, BinLoad> loads = new HashMap<>();
		Map<UUID, List<Bin>> zoneBins = new HashMap<>();
		bins.forEach((b) -> {
			if (b.zoneId() != null) {
				zoneBins.computeIfAbsent(b.zoneId(), (z) -> new java.util.ArrayList<>()).add(b);
			}
		});
		return PutawayRules.suggest(product, quantity, slot, bins, zones, otherSlots,
				(b) -> loads.computeIfAbsent(b.code(), (c) -> this.occupancy.load(b)),
				(b) -> zoneBins.getOrDefault(b.zoneId(), List.of())
					.stream()
					.filter((o) -> java.util.Objects.equals(o.aisle(), b.aisle()) && java.util.Objects.equals(o.bay(), b.bay())
							&& java.util.Objects.equals(o.level(), b.level()))
					.mapToLong((o) -> loads.computeIfAbsent(o.code(), (c) -> this.occupancy.load(o)).weightGrams())
					.sum(),
				this.properties.putaway().maxCandidates());
	}

	/**
	 * Confirms a task into the given bin (the suggested one when null): checks the bin rules, then
	 * moves the stock from the receiving area in inventory.
	 */
	public TaskView confirm(UUID taskId, @Nullable String binCode) {
		PutawayTask task = this.tasks.findById(taskId).orElseThrow(() -> new PutawayTaskNotFound(taskId));
		if (task.status() == PutawayTask.Status.DONE) {
			throw new PutawayAlreadyConfirmed(taskId, task.confirmedBin());
		}
		ProductView product = this.stock.product(task.sku());
		String target = (binCode != null) ? binCode : currentSuggestion(task, product);
		Bin bin = this.layout.bin(target);
		if (!bin.siteId().equals(task.siteId())) {
			throw new io.zaplecze.warehouse.layout.BinNotFound(target);
		}
		String slotOwner = this.slotting.slots(task.siteId())
			.entrySet()
			.stream()
			.filter((e) -> e.getValue().equals(target) && !e.getKey().equals(task.sku()))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse(null);
		if (slotOwner != null) {
			throw new SlotTaken(target, slotOwner);
		}
		this.occupancy.check(bin, product, task.quantity());
		task.confirm(bin.code(), this.clock.instant());
		this.stock.move(new MoveStock("putaway-" + taskId, task.sku(), task.lotNumber(), task.fromLocation(), bin.code(),
				task.quantity()));
		return TaskView.of(task);
	}

	// The suggestion made at receipt, unless other putaways have filled that bin since: then the
	// bin the rules suggest now.
	private String currentSuggestion(PutawayTask task, ProductView product) {
		if (task.suggestedBin() != null) {
			Bin suggested = this.layout.findBin(task.suggestedBin()).orElse(null);
			if (suggested != null && fitsNow(suggested, product, task.quantity())) {
				return suggested.code();
			}
		}
		Site site = this.layout.site(task.siteId());
		return suggest(site, product, task.quantity()).map(Bin::code)
			.orElseThrow(() -> new io.zaplecze.warehouse.layout.BinCapacityExceeded(
					"No compatible bin has room for " + task.quantity() + " × " + task.sku()
							+ " now: name the bin the goods were put into"));
	}

	private boolean fitsNow(Bin bin, ProductView product, int quantity) {
		try {
			this.occupancy.check(bin, product, quantity);
			return true;
		}
		catch (io.zaplecze.warehouse.WarehouseFailure ex) {
			return false;
		}
	}

	@Transactional(readOnly = true)
	public List<TaskView> open(UUID siteId) {
		return this.tasks.findBySiteIdAndStatusOrderByCreatedAt(siteId, PutawayTask.Status.OPEN).stream().map(TaskView::of).toList();
	}

	@Transactional(readOnly = true)
	public List<TaskView> forReceipt(UUID receiptId) {
		return this.tasks.findByReceiptId(receiptId).stream().map(TaskView::of).toList();
	}

	@Transactional(readOnly = true)
	public TaskView task(UUID taskId) {
		return TaskView.of(this.tasks.findById(taskId).orElseThrow(() -> new PutawayTaskNotFound(taskId)));
	}

	/** A putaway task as callers see it. */
	public record TaskView(UUID id, UUID receiptId, String sku, String lotNumber, int quantity, String fromLocation,
			@Nullable String suggestedBin, String status, @Nullable String confirmedBin,
			java.time.@Nullable Instant confirmedAt) {

		static TaskView of(PutawayTask t) {
			return new TaskView(t.id(), t.receiptId(), t.sku(), t.lotNumber(), t.quantity(), t.fromLocation(),
					t.suggestedBin(), t.status().name(), t.confirmedBin(), t.confirmedAt());
		}

	}

}
