package io.zaplecze.warehouse.picking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zaplecze.routing.DeliveryReadyAt;
import io.zaplecze.routing.RoutePlanPublished;
import io.zaplecze.warehouse.WarehouseProperties;
import io.zaplecze.warehouse.layout.Bin;
import io.zaplecze.warehouse.layout.LayoutService;
import io.zaplecze.warehouse.layout.Site;
import io.zaplecze.warehouse.layout.ZoneGeometry;
import io.zaplecze.warehouse.order.OrderLine;
import io.zaplecze.warehouse.order.OrderService;
import io.zaplecze.warehouse.order.OrderStatus;
import io.zaplecze.warehouse.order.OutboundOrder;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a published route plan into pick waves: one per route and zone, each pick list in walking
 * order ({@link PickPathMethod#OPTIMISED}); schedules the day's waves on the picking team in
 * departure order and publishes each order's ready time ({@link DeliveryReadyAt}) when it moves.
 */
@Service
@Transactional
public class WaveService {

	private static final Logger log = LoggerFactory.getLogger(WaveService.class);

	/** Picks in a zone-less area (goods still in receiving) are one stop, walked to from nowhere. */
	static final String DOCK_ZONE = "DOCK";

	private final PickWaveRepository waves;

	private final PickTaskRepository tasks;

	private final PlanSeenRepository seen;

	private final OrderService orders;

	private final LayoutService layout;

	private final ApplicationEventPublisher events;

	private final WarehouseProperties properties;

	private final Clock clock;

	WaveService(PickWaveRepository waves, PickTaskRepository tasks, PlanSeenRepository seen, OrderService orders,
			LayoutService layout, ApplicationEventPublisher events, WarehouseProperties properties, Clock clock) {
		this.waves = waves;
		this.tasks = tasks;
		this.seen = seen;
		this.orders = orders;
		this.layout = layout;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Builds the waves of a published plan. Idempotent: a redelivered or older version changes
	 * nothing; a newer version replaces the waves that have not started.
	 */
	public void planPublished(RoutePlanPublished plan) {
		Map<UUID, List<RoutePlanPublished.Route>> bySite = new LinkedHashMap<>();
		plan.routes().forEach((r) -> bySite.computeIfAbsent(r.depotId(), (k) -> new ArrayList<>()).add(r));
		for (Map.Entry<UUID, List<RoutePlanPublished.Route>> entry : bySite.entrySet()) {
			Optional<Site> site = this.layout.findSite(entry.getKey());
			if (site.isEmpty()) {
				continue;
			}
			PlanSeen.Key key = new PlanSeen.Key(plan.date(), site.get().id());
			Optional<PlanSeen> previous = this.seen.lockByKey(key);
			if (previous.isPresent() && previous.get().covers(plan.planId(), plan.version())) {
				log.info("Plan {} v{} for {} already handled; ignored", plan.planId(), plan.version(), plan.date());
				continue;
			}
			buildWaves(site.get(), plan, entry.getValue());
			previous.ifPresentOrElse((p) -> p.update(plan.planId(), plan.version(), this.clock.instant()),
					() -> this.seen.save(new PlanSeen(plan.date(), site.get().id(), plan.planId(), plan.version(),
							this.clock.instant())));
		}
	}

	private void buildWaves(Site site, RoutePlanPublished plan, List<RoutePlanPublished.Route> routes) {
		List<PickWave> existing = this.waves.findBySiteIdAndPlanDateOrderByScheduledStart(site.id(), plan.date());
		List<UUID> replaced = existing.stream().filter((w) -> w.status() == PickWave.Status.PLANNED).map(PickWave::id).toList();
		Set<UUID> startedOrders = new HashSet<>();
		List<UUID> started = existing.stream().filter((w) -> w.status() != PickWave.Status.PLANNED).map(PickWave::id).toList();
		if (!started.isEmpty()) {
			this.tasks.findByWaveIdIn(started).forEach((t) -> startedOrders.add(t.orderId()));
		}
		if (!replaced.isEmpty()) {
			this.tasks.deleteByWaveIdIn(replaced);
			this.waves.deleteAllById(replaced);
			this.waves.flush();
		}
		Map<UUID, ZoneGeometry> geometry = this.layout.geometry(site.id());
		Map<UUID, OutboundOrder> byId = new HashMap<>();
		List<UUID> shipmentIds = routes.stream().flatMap((r) -> r.stops().stream()).map(RoutePlanPublished.Stop::shipmentId).toList();
		this.orders.orders(shipmentIds).forEach((o) -> byId.put(o.id(), o));
		int waveCount = 0;
		for (RoutePlanPublished.Route route : routes) {
			Map<String, WaveDraft> drafts = new LinkedHashMap<>();
			for (RoutePlanPublished.Stop stop : route.stops()) {
				OutboundOrder order = byId.get(stop.shipmentId());
				if (order == null || !order.siteId().equals(site.id()) || order.status() == OrderStatus.CANCELLED
						|| order.status() == OrderStatus.BACKORDERED) {
					continue;
				}

				order.assignRoute(route.routeId(), route.vehicleId(), stop.sequence(), route.refrigerated(), route.departure());
				if (startedOrders.contains(order.id()) || order.status() == OrderStatus.PICKED
						|| order.status() == OrderStatus.LOADED) {
					continue;
				}
				for (OrderLine line : order.lines()) {
					for (OrderLine.AllocatedLot lot : line.allocations()) {
						Optional<Bin> bin = this.layout.findBin(lot.locationId());
						ZoneGeometry g = bin.map(Bin::zoneId).map(geometry::get).orElse(null);
						String zone = (g != null) ? g.zone().code() : DOCK_ZONE;
						drafts.computeIfAbsent(zone, (z) -> new WaveDraft(g, line.temperatureClass()))
							.tasks.add(new PickTask(UUID.randomUUID(), order.id(), line.id(), line.sku(), lot.lotNumber(),
									lot.locationId(), lot.quantity()));
					}
				}
			}
			for (Map.Entry<String, WaveDraft> d : drafts.entrySet()) {
				PickWave wave = new PickWave(site.id(), plan.date(), plan.planId(), plan.version(), route.routeId(),
						route.vehicleId(), d.getKey(), d.getValue().temperature, route.departure(), PickPathMethod.OPTIMISED,
						this.clock.instant());
				this.waves.save(wave);
				List<PickTask> tasks = new ArrayList<>();
				for (PickTask draft : d.getValue().tasks) {
					PickTask task = new PickTask(wave.id(), draft.orderId(), draft.orderLineId(), draft.sku(),
							draft.lotNumber(), draft.binCode(), draft.quantity());
					tasks.add(task);
				}
				sequence(wave, tasks, d.getValue().geometry, 0);
				this.tasks.saveAll(tasks);
				waveCount++;
			}
		}
		log.info("Plan {} v{} for {} at {}: {} wave(s) built, {} kept (started)", plan.planId(), plan.version(), plan.date(),
				site.code(), waveCount, started.size());
		schedule(site, plan.date());
	}

	private static final class WaveDraft {

		final ZoneGeometry geometry;

		final io.zaplecze.inventory.TemperatureClass temperature;

		final List<PickTask> tasks = new ArrayList<>();

		WaveDraft(ZoneGeometry geometry, io.zaplecze.inventory.TemperatureClass temperature) {
			this.geometry = geometry;
			this.temperature = temperature;
		}

	}

	/**
	 * Puts open tasks in walking order (numbered after {@code after}) and records the tour length.
	 * Tasks at the same bin are consecutive.
	 */
	void sequence(PickWave wave, List<PickTask> open, ZoneGeometry geometry, int after) {
		if (geometry == null || open.isEmpty()) {
			int n = after;
			for (PickTask t : open) {
				t.sequence(++n);
			}
			wave.routed(0);
			return;
		}
		Map<String, Bin> bins = new HashMap<>();
		this.layout.bins(open.stream().map(PickTask::binCode).distinct().toList()).forEach((b) -> bins.put(b.code(), b));
		List<PickPoint> points = new ArrayList<>();
		for (PickTask t : open) {
			Bin bin = bins.get(t.binCode());
			points.add((bin != null && bin.zoneId() != null && bin.zoneId().equals(geometry.zone().id()))
					? geometry.point(bin) : new PickPoint(0, geometry.layout().frontY()));
		}
		PickTour tour = PickPathPlanner.route(geometry.layout(), points, PickPathMethod.OPTIMISED);
		int n = after;
		for (int index : tour.order()) {
			open.get(index).sequence(++n);
		}
		wave.routed(tour.distanceMeters());
	}

	/** Zone geometry of a wave (null for the dock pseudo-zone). */
	ZoneGeometry geometry(PickWave wave) {
		return this.layout.geometry(wave.siteId())
			.values()
			.stream()
			.filter((g) -> g.zone().code().equals(wave.zoneCode()))
			.findFirst()
			.orElse(null);
	}

	/**
	 * Schedules the day's unfinished waves on the picking team, earliest departure first, each on the
	 * picker free soonest (never before the site opens), and publishes the orders' ready times.
	 */
	public void schedule(Site site, LocalDate day) {
		WarehouseProperties.Picking rates = this.properties.picking();
		List<PickWave> all = this.waves.findBySiteIdAndPlanDateOrderByScheduledStart(site.id(), day);
		List<PickWave> pending = new ArrayList<>(all.stream().filter((w) -> w.status() != PickWave.Status.DONE).toList());
		pending.sort(Comparator.comparing(PickWave::departure).thenComparing(PickWave::zoneCode).thenComparing(PickWave::vehicleId));
		Instant start = this.orders.pickingStart(site, day);
		PriorityQueue<Instant> pickers = new PriorityQueue<>();
		for (int i = 0; i < Math.max(1, rates.pickers()); i++) {
			pickers.add(start);
		}
		Map<UUID, List<PickTask>> tasksByWave = new HashMap<>();
		this.tasks.findByWaveIdIn(all.stream().map(PickWave::id).toList())
			.forEach((t) -> tasksByWave.computeIfAbsent(t.waveId(), (k) -> new ArrayList<>()).add(t));
		Map<UUID, Instant> readyByOrder = new HashMap<>();
		for (PickWave wave : all) {
			if (wave.status() == PickWave.Status.DONE) {
				for (PickTask t : tasksByWave.getOrDefault(wave.id(), List.of())) {
					readyByOrder.merge(t.orderId(), wave.scheduledEnd(), (a, b) -> a.isAfter(b) ? a : b);
				}
			}
		}
		for (PickWave wave : pending) {
			List<PickTask> open = tasksByWave.getOrDefault(wave.id(), List.of()).stream().filter(PickTask::isOpen).toList();
			int units = open.stream().mapToInt(PickTask::quantity).sum();
			long orders = open.stream().map(PickTask::orderId).distinct().count();
			double walk = open.isEmpty() ? 0 : wave.distanceMeters();
			long seconds = PickWorkload.seconds(rates, walk, open.size(), units, (int) orders);
			Instant free = pickers.poll();
			Instant waveStart = (wave.status() == PickWave.Status.IN_PROGRESS) ? max(wave.scheduledStart(), start) : free;
			Instant end = waveStart.plusSeconds(seconds);
			wave.schedule(waveStart, end);
			pickers.add(max(free, end));
			for (PickTask t : tasksByWave.getOrDefault(wave.id(), List.of())) {
				readyByOrder.merge(t.orderId(), end, (a, b) -> a.isAfter(b) ? a : b);
			}
		}
		for (OutboundOrder order : this.orders.orders(readyByOrder.keySet())) {
			Instant ready = readyByOrder.get(order.id());
			if (order.readyAt(ready, rates.readyTimeChangeThreshold())) {
				this.events.publishEvent(new DeliveryReadyAt(order.id(), ready));
			}
		}
	}

	private static Instant max(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	// ---- queries

	/** A wave and its pick list in walking order. */
	public record WaveView(UUID id, LocalDate date, UUID routeId, String vehicleId, String zone,
			io.zaplecze.inventory.TemperatureClass temperatureClass, String status, Instant departure,
			Instant scheduledStart, Instant scheduledEnd, double distanceMeters, PickPathMethod pathMethod, int planVersion,
			List<TaskView> tasks) {
	}

	/** One pick. */
	public record TaskView(UUID id, int sequence, UUID orderId, String sku, String lotNumber, String bin, int quantity,
			int pickedQuantity, String status) {

		static TaskView of(PickTask t) {
			return new TaskView(t.id(), t.sequence(), t.orderId(), t.sku(), t.lotNumber(), t.binCode(), t.quantity(),
					t.pickedQuantity(), t.status().name());
		}

	}

	@Transactional(readOnly = true)
	public List<WaveView> waves(String siteCode, LocalDate day) {
		Site site = this.layout.site(siteCode);
		return this.waves.findBySiteIdAndPlanDateOrderByScheduledStart(site.id(), day).stream().map(this::view).toList();
	}

	@Transactional(readOnly = true)
	public WaveView wave(UUID id) {
		return view(this.waves.findById(id).orElseThrow(() -> new PickWaveNotFound(id)));
	}

	/** Marks a wave started (a picker took it); the first confirmed pick does the same. */
	public WaveView start(UUID id) {
		PickWave wave = this.waves.findById(id).orElseThrow(() -> new PickWaveNotFound(id));
		wave.start();
		return view(wave);
	}

	private WaveView view(PickWave w) {
		return new WaveView(w.id(), w.planDate(), w.routeId(), w.vehicleId(), w.zoneCode(), w.temperatureClass(),
				w.status().name(), w.departure(), w.scheduledStart(), w.scheduledEnd(), w.distanceMeters(), w.pathMethod(),
				w.planVersion(), this.tasks.findByWaveIdOrderBySequence(w.id()).stream().map(TaskView::of).toList());
	}

}
