package io.zaplecze.warehouse.picking;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zaplecze.inventory.Allocation;
import io.zaplecze.inventory.StockCommands.AdjustStock;
import io.zaplecze.inventory.StockCommands.ConsumeReservation;
import io.zaplecze.inventory.StockCommands.ReserveStock;
import io.zaplecze.inventory.StockManagement;
import io.zaplecze.warehouse.PickShortageReported;
import io.zaplecze.warehouse.ShipmentStatusChanged.Milestone;
import io.zaplecze.warehouse.layout.Bin;
import io.zaplecze.warehouse.layout.LayoutService;
import io.zaplecze.warehouse.layout.Site;
import io.zaplecze.warehouse.layout.ZoneGeometry;
import io.zaplecze.warehouse.loading.LoadingService;
import io.zaplecze.warehouse.order.OrderLine;
import io.zaplecze.warehouse.order.OrderService;
import io.zaplecze.warehouse.order.OrderStatus;
import io.zaplecze.warehouse.order.OutboundOrder;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pick confirmations: a confirmed pick consumes the reservation in inventory; a short pick corrects
 * the bin's stock, releases the line's reservation and reserves the rest again from other lots or
 * bins (new pick tasks in walking order), and what cannot be found is reported to the dispatcher
 * ({@link PickShortageReported}) and to routing (a smaller {@code DeliveryRequested}). When an
 * order is fully picked it is packed and PICKED is published.
 */
@Service
@Transactional
public class PickingService {

	private static final Logger log = LoggerFactory.getLogger(PickingService.class);

	private final PickTaskRepository tasks;

	private final PickWaveRepository waves;

	private final WaveService waveService;

	private final OrderService orders;

	private final LoadingService loading;

	private final LayoutService layout;

	private final StockManagement stock;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PickingService(PickTaskRepository tasks, PickWaveRepository waves, WaveService waveService, OrderService orders,
			LoadingService loading, LayoutService layout, StockManagement stock, ApplicationEventPublisher events,
			Clock clock) {
		this.tasks = tasks;
		this.waves = waves;
		this.waveService = waveService;
		this.orders = orders;
		this.loading = loading;
		this.layout = layout;
		this.stock = stock;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Confirms a pick of {@code picked} units (fewer than asked is a short pick). A retry with the
	 * same idempotency key returns the first outcome; any other second confirmation is a conflict.
	 */
	public WaveService.TaskView confirm(UUID taskId, int picked, @Nullable String idempotencyKey) {
		if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 128)) {
			throw new IllegalArgumentException("An Idempotency-Key has 1 to 128 characters");
		}
		PickTask task = this.tasks.findById(taskId).orElseThrow(() -> new PickTaskNotFound(taskId));
		if (!task.isOpen()) {
			if (idempotencyKey != null && idempotencyKey.equals(task.confirmKey()) && task.pickedQuantity() == picked) {
				return WaveService.TaskView.of(task);
			}
			throw new PickAlreadyConfirmed(taskId);
		}
		OutboundOrder order = this.orders.order(task.orderId());
		if (order.status() == OrderStatus.CANCELLED) {
			throw new InvalidPick("Order " + order.orderNumber() + " was cancelled");
		}
		OrderLine line = order.lines().stream().filter((l) -> l.id().equals(task.orderLineId())).findFirst().orElseThrow();
		PickWave wave = this.waves.findById(task.waveId()).orElseThrow(() -> new PickWaveNotFound(task.waveId()));
		task.confirm(picked, idempotencyKey, this.clock.instant());
		wave.start();
		order.pickingStarted();
		if (picked > 0) {
			this.stock.consume(new ConsumeReservation("pick-" + taskId, line.reservationId(), task.lotNumber(),
					task.binCode(), picked));
			line.picked(picked);
		}
		if (picked < task.quantity()) {
			shortPick(order, line, task, wave);
		}
		this.tasks.flush();
		if (this.tasks.findByWaveIdOrderBySequence(wave.id()).stream().noneMatch(PickTask::isOpen)) {
			wave.done();
		}
		boolean orderOpen = this.tasks.findByOrderId(order.id()).stream().anyMatch(PickTask::isOpen);
		if (!orderOpen && order.lines().stream().allMatch((l) -> l.toPick() <= 0)) {
			this.loading.pack(order);
			order.picked();
			this.orders.publish(order, Milestone.PICKED);
		}
		return WaveService.TaskView.of(task);
	}

	private void shortPick(OutboundOrder order, OrderLine line, PickTask task, PickWave wave) {
		int missing = task.quantity() - task.pickedQuantity();
		Site site = this.layout.site(order.siteId());
		// The line's remaining reservation (this bin's missing units and any lots not picked yet) is
		// released before the bin is corrected, so inventory never holds a reservation on stock that
		// is not there; then everything still to pick is reserved afresh.
		if (line.reservationId() != null) {
			this.stock.release(line.reservationId(), "short-release-" + task.id());
		}
		this.stock.adjust(new AdjustStock("short-adjust-" + task.id(), task.sku(), task.lotNumber(), task.binCode(),
				-missing, "Short pick of " + missing + " on task " + task.id()));
		List<PickTask> stale = this.tasks.findByOrderLineId(line.id()).stream().filter(PickTask::isOpen).toList();
		this.tasks.deleteAll(stale);
		this.tasks.flush();
		int need = line.toPick();
		Allocation allocation = this.stock.reserve(new ReserveStock(line.nextReservationKey(), order.id(),
				line.id().toString(), line.sku(), need, order.requestedDate()));
		line.reallocate(allocation);
		for (Allocation.AllocatedLot lot : allocation.lots()) {
			PickWave target = waveFor(site, wave, lot.locationId(), line);
			PickTask replacement = new PickTask(target.id(), order.id(), line.id(), line.sku(), lot.lotNumber(),
					lot.locationId(), lot.quantity());
			this.tasks.save(replacement);
			this.tasks.flush();
			resequence(target);
		}
		if (allocation.backordered() > 0) {
			log.warn("Short pick on order {}: {} × {} could not be re-allocated", order.orderNumber(),
					allocation.backordered(), line.sku());
			this.events.publishEvent(new PickShortageReported(order.id(), order.orderNumber(), line.sku(), line.quantity(),
					allocation.backordered(), task.binCode(), this.clock.instant()));
			this.orders.refreshDeliveryFigures(order);
			this.events.publishEvent(this.orders.deliveryRequested(order, site));
		}
		this.waveService.schedule(site, order.requestedDate());
	}

	// The route's wave for the bin's zone (reopened if it had finished), or a new one.
	private PickWave waveFor(Site site, PickWave current, String binCode, OrderLine line) {
		Optional<Bin> bin = this.layout.findBin(binCode);
		String zone = bin.filter((b) -> b.zoneId() != null)
			.map((b) -> this.layout.zone(b.zoneId()).code())
			.orElse(WaveService.DOCK_ZONE);
		if (zone.equals(current.zoneCode())) {
			current.reopen();
			return current;
		}
		for (PickWave w : this.waves.findByRouteId(current.routeId())) {
			if (w.zoneCode().equals(zone)) {
				w.reopen();
				return w;
			}
		}
		PickWave created = new PickWave(site.id(), current.planDate(), current.planId(), current.planVersion(),
				current.routeId(), current.vehicleId(), zone, line.temperatureClass(), current.departure(),
				PickPathMethod.OPTIMISED, this.clock.instant());
		return this.waves.save(created);
	}

	// Open tasks are walked again from where the picker is (numbered after the confirmed ones).
	private void resequence(PickWave wave) {
		List<PickTask> all = new ArrayList<>(this.tasks.findByWaveIdOrderBySequence(wave.id()));
		int done = all.stream().filter((t) -> !t.isOpen()).mapToInt(PickTask::sequence).max().orElse(0);
		List<PickTask> open = all.stream().filter(PickTask::isOpen).sorted(Comparator.comparing(PickTask::sequence)).toList();
		ZoneGeometry geometry = this.waveService.geometry(wave);
		this.waveService.sequence(wave, new ArrayList<>(open), geometry, done);
	}

}
