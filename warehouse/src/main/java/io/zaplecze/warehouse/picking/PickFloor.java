package io.zaplecze.warehouse.picking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.zaplecze.inventory.ProductView;
import io.zaplecze.inventory.StockControl;
import io.zaplecze.inventory.StockManagement;
import io.zaplecze.warehouse.claims.TaskClaims;
import io.zaplecze.warehouse.claims.TaskType;
import io.zaplecze.warehouse.labels.LabelFormats;
import io.zaplecze.warehouse.labels.WrongScan;
import io.zaplecze.warehouse.layout.Bin;
import io.zaplecze.warehouse.layout.LayoutService;
import io.zaplecze.warehouse.layout.Site;
import io.zaplecze.warehouse.order.OrderLine;
import io.zaplecze.warehouse.order.OrderService;
import io.zaplecze.warehouse.order.OutboundOrder;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Picking on the floor: the day's waves per route in departure order, a wave's pick list in walking
 * order with where each bin is and which lot the rotation rule chose, taking a wave (one picker per
 * wave), and confirming a line by scanning bin, product and lot. A short pick says what happens
 * next: the bin is counted, the rest is picked elsewhere, or the order is at risk.
 */
@Service
@Transactional
public class PickFloor {

	private final PickWaveRepository waves;

	private final PickTaskRepository tasks;

	private final PickingService picking;

	private final OrderService orders;

	private final LayoutService layout;

	private final LabelFormats labels;

	private final TaskClaims claims;

	private final StockManagement stock;

	private final StockControl control;

	PickFloor(PickWaveRepository waves, PickTaskRepository tasks, PickingService picking, OrderService orders,
			LayoutService layout, LabelFormats labels, TaskClaims claims, StockManagement stock, StockControl control) {
		this.waves = waves;
		this.tasks = tasks;
		this.picking = picking;
		this.orders = orders;
		this.layout = layout;
		this.labels = labels;
		this.claims = claims;
		this.stock = stock;
		this.control = control;
	}

	/** The day's waves grouped per route, routes by departure, with progress and who picks them. */
	@Transactional(readOnly = true)
	public List<RouteWaves> routes(String siteCode, LocalDate day) {
		Site site = this.layout.site(siteCode);
		List<PickWave> all = this.waves.findBySiteIdAndPlanDateOrderByScheduledStart(site.id(), day);
		Map<UUID, List<PickTask>> byWave = new HashMap<>();
		this.tasks.findByWaveIdIn(all.stream().map(PickWave::id).toList())
			.forEach((t) -> byWave.computeIfAbsent(t.waveId(), (k) -> new ArrayList<>()).add(t));
		Map<UUID, List<WaveSummary>> byRoute = new LinkedHashMap<>();
		Map<UUID, PickWave> firstOfRoute = new HashMap<>();
		all.stream()
			.sorted(Comparator.comparing(PickWave::departure).thenComparing(PickWave::vehicleId).thenComparing(PickWave::zoneCode))
			.forEach((w) -> {
				List<PickTask> t = byWave.getOrDefault(w.id(), List.of());
				int done = (int) t.stream().filter((x) -> !x.isOpen()).count();
				byRoute.computeIfAbsent(w.routeId(), (k) -> new ArrayList<>())
					.add(new WaveSummary(w.id(), w.zoneCode(), w.temperatureClass().name(), w.status().name(), t.size(), done,
							w.scheduledStart(), w.scheduledEnd(), this.claims.holderName(TaskType.PICK_WAVE, w.id())));
				firstOfRoute.putIfAbsent(w.routeId(), w);
			});
		List<RouteWaves> result = new ArrayList<>();
		byRoute.forEach((route, list) -> {
			PickWave w = firstOfRoute.get(route);
			result.add(new RouteWaves(route, w.vehicleId(), w.departure(), list));
		});
		return result;
	}

	/** A wave's pick list in walking order with bin positions, product names, lots and orders. */
	@Transactional(readOnly = true)
	public PickList pickList(UUID waveId) {
		PickWave wave = this.waves.findById(waveId).orElseThrow(() -> new PickWaveNotFound(waveId));
		List<PickTask> list = this.tasks.findByWaveIdOrderBySequence(waveId);
		Map<String, Bin> bins = new HashMap<>();
		this.layout.bins(list.stream().map(PickTask::binCode).distinct().toList()).forEach((b) -> bins.put(b.code(), b));
		Map<String, ProductView> products = new HashMap<>();
		this.stock.products(list.stream().map(PickTask::sku).distinct().toList()).forEach((p) -> products.put(p.sku(), p));
		Map<UUID, OutboundOrder> orders = new HashMap<>();
		this.orders.orders(list.stream().map(PickTask::orderId).distinct().toList()).forEach((o) -> orders.put(o.id(), o));
		List<PickLine> lines = new ArrayList<>();
		for (PickTask t : list) {
			lines.add(line(t, bins.get(t.binCode()), products.get(t.sku()), orders.get(t.orderId())));
		}
		return new PickList(wave.id(), wave.routeId(), wave.vehicleId(), wave.zoneCode(), wave.temperatureClass().name(),
				wave.status().name(), wave.departure(), wave.scheduledEnd(), wave.distanceMeters(),
				this.claims.holderName(TaskType.PICK_WAVE, waveId), lines);
	}

	/** Takes a wave for a picker (409 naming who has it) and starts it. */
	public PickList take(UUID waveId, String person) {
		PickWave wave = this.waves.findById(waveId).orElseThrow(() -> new PickWaveNotFound(waveId));
		this.claims.claim(TaskType.PICK_WAVE, waveId, wave.siteId(), person);
		wave.start();
		return pickList(waveId);
	}

	/**
	 * Confirms a pick by its scans: the bin, the product and the lot must be the task's, else nothing
	 * changes and the scan is refused. Fewer units than asked is a short pick.
	 */
	public PickOutcome confirm(UUID taskId, String binScan, String productScan, String lotScan, int quantity,
			@Nullable String idempotencyKey, String person) {
		PickTask task = this.tasks.findById(taskId).orElseThrow(() -> new PickTaskNotFound(taskId));
		PickWave wave = this.waves.findById(task.waveId()).orElseThrow(() -> new PickWaveNotFound(task.waveId()));
		Site site = this.layout.site(wave.siteId());
		if (task.isOpen()) {
			this.claims.claim(TaskType.PICK_WAVE, wave.id(), site.id(), person);
			Bin bin = this.labels.bin(site, binScan);
			if (!bin.code().equals(task.binCode())) {
				throw new WrongScan("Wrong bin: you scanned " + bin.code() + ", this line is picked from " + task.binCode());
			}
			String sku = this.labels.sku(site, productScan);
			if (!sku.equals(task.sku())) {
				throw new WrongScan("Wrong product: you scanned " + sku + ", this line is " + task.sku());
			}
			String lot = this.labels.lot(site, lotScan);
			if (!lot.equals(task.lotNumber())) {
				throw new WrongScan("Wrong lot: you scanned " + lot + ", the rotation rule chose lot " + task.lotNumber());
			}
		}
		WaveService.TaskView done = this.picking.confirm(taskId, quantity, idempotencyKey);
		OutboundOrder order = this.orders.order(task.orderId());
		ShortPick shortPick = null;
		if (done.pickedQuantity() < done.quantity()) {
			OrderLine line = order.lines().stream().filter((l) -> l.id().equals(task.orderLineId())).findFirst().orElseThrow();
			int missing = done.quantity() - done.pickedQuantity();
			List<WaveService.TaskView> replacements = this.tasks.findByOrderLineId(line.id())
				.stream()
				.filter(PickTask::isOpen)
				.map(WaveService.TaskView::of)
				.toList();
			int replaced = replacements.stream().mapToInt(WaveService.TaskView::quantity).sum();
			int atRisk = Math.max(0, line.toPick() - replaced);
			UUID count = this.control.requestCount(task.binCode(), "Short pick: " + done.pickedQuantity() + " of "
					+ done.quantity() + " × " + task.sku() + " found for order " + order.orderNumber());
			shortPick = new ShortPick(missing, task.binCode(), count, replacements, atRisk, order.orderNumber(),
					next(missing, task.binCode(), replacements, atRisk, order.orderNumber()));
		}
		boolean waveDone = this.tasks.findByWaveIdOrderBySequence(wave.id()).stream().noneMatch(PickTask::isOpen);
		if (waveDone) {
			this.claims.finished(TaskType.PICK_WAVE, wave.id());
		}
		return new PickOutcome(done, order.orderNumber(), order.status().name(), waveDone, shortPick);
	}

	private static List<String> next(int missing, String bin, List<WaveService.TaskView> replacements, int atRisk,
			String orderNumber) {
		List<String> steps = new ArrayList<>();
		steps.add("Bin " + bin + " corrected by " + missing + " and a count task created for it");
		for (WaveService.TaskView r : replacements) {
			steps.add("Pick " + r.quantity() + " × lot " + r.lotNumber() + " from " + r.bin() + " instead (added to the pick list)");
		}
		if (atRisk > 0) {
			steps.add("Order " + orderNumber + " is at risk: " + atRisk
					+ " unit(s) not in stock; the dispatcher was told and the delivery reduced");
		}
		return steps;
	}

	private PickLine line(PickTask t, @Nullable Bin bin, @Nullable ProductView product, @Nullable OutboundOrder order) {
		java.time.LocalDate expiry = null;
		if (order != null) {
			for (OrderLine l : order.lines()) {
				if (l.id().equals(t.orderLineId())) {
					expiry = l.allocations()
						.stream()
						.filter((a) -> a.lotNumber().equals(t.lotNumber()))
						.map(OrderLine.AllocatedLot::expiryDate)
						.filter(java.util.Objects::nonNull)
						.findFirst()
						.orElse(null);
				}
			}
		}
		return new PickLine(t.id(), t.sequence(), t.binCode(), (bin != null) ? bin.aisle() : null,
				(bin != null) ? bin.bay() : null, (bin != null) ? bin.level() : null, t.sku(),
				(product != null) ? product.name() : t.sku(), (product != null) ? product.rotationPolicy().name() : null,
				t.lotNumber(), expiry, t.quantity(), t.pickedQuantity(), t.status().name(),
				(order != null) ? order.orderNumber() : null, (order != null) ? order.stopSequence() : null);
	}

	/** A route's waves (one per zone). */
	public record RouteWaves(UUID routeId, String vehicleId, Instant departure, List<WaveSummary> waves) {
	}

	/** A wave with progress: lines in all and done, who picks it. */
	public record WaveSummary(UUID id, String zone, String temperatureClass, String status, int lines, int linesDone,
			Instant scheduledStart, Instant scheduledEnd, @Nullable String takenBy) {
	}

	/** A wave's pick list in walking order. */
	public record PickList(UUID waveId, UUID routeId, String vehicleId, String zone, String temperatureClass, String status,
			Instant departure, Instant readyAt, double distanceMeters, @Nullable String takenBy, List<PickLine> lines) {
	}

	/** One line of a pick list: where (aisle, bay, level), what, which lot the rotation rule chose. */
	public record PickLine(UUID taskId, int sequence, String bin, @Nullable String aisle, @Nullable Integer bay,
			@Nullable Integer level, String sku, String productName, @Nullable String rotation, String lotNumber,
			java.time.@Nullable LocalDate expiryDate, int quantity, int pickedQuantity, String status,
			@Nullable String orderNumber, @Nullable Integer stop) {
	}

	/** What a confirmation did. */
	public record PickOutcome(WaveService.TaskView task, String orderNumber, String orderStatus, boolean waveDone,
			@Nullable ShortPick shortPick) {
	}

	/**
	 * What a short pick leads to.
	 *
	 * @param missing units not found in the bin
	 * @param bin the bin
	 * @param countTaskId the count task for the bin
	 * @param replacements new picks from other lots or bins
	 * @param unitsAtRisk units no stock could cover (the order is delivered short)
	 * @param orderNumber the order
	 * @param next the consequences in words
	 */
	public record ShortPick(int missing, String bin, UUID countTaskId, List<WaveService.TaskView> replacements,
			int unitsAtRisk, String orderNumber, List<String> next) {
	}

}
