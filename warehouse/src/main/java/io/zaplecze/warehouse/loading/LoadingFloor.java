package io.zaplecze.warehouse.loading;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import io.zaplecze.warehouse.claims.TaskClaims;
import io.zaplecze.warehouse.claims.TaskType;
import io.zaplecze.warehouse.labels.LabelFormats;
import io.zaplecze.warehouse.labels.WrongScan;
import io.zaplecze.warehouse.layout.LayoutService;
import io.zaplecze.warehouse.layout.Site;
import io.zaplecze.warehouse.order.OrderService;
import io.zaplecze.warehouse.order.OutboundOrder;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Packing and loading on the floor: a route's orders with their handling units (closed by scanning
 * the printed label), and loading by scanning each unit into the van at its dock door in loading
 * order (last stop first). The route is confirmed loaded when the last unit is in; closing it with a
 * unit missing is refused, naming the units.
 */
@Service
@Transactional
public class LoadingFloor {

	private final LoadingService loading;

	private final HandlingUnitRepository units;

	private final OrderService orders;

	private final LayoutService layout;

	private final LabelFormats labels;

	private final TaskClaims claims;

	private final JdbcClient jdbc;

	private final Clock clock;

	LoadingFloor(LoadingService loading, HandlingUnitRepository units, OrderService orders, LayoutService layout,
			LabelFormats labels, TaskClaims claims, JdbcClient jdbc, Clock clock) {
		this.loading = loading;
		this.units = units;
		this.orders = orders;
		this.layout = layout;
		this.labels = labels;
		this.claims = claims;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A route's orders with status and handling units (sealed or not), in stop order. */
	@Transactional(readOnly = true)
	public PackingList packing(UUID routeId) {
		List<OutboundOrder> onRoute = this.orders.ordersOnRoute(routeId)
			.stream()
			.sorted(java.util.Comparator.comparing((OutboundOrder o) -> (o.stopSequence() != null) ? o.stopSequence() : 0))
			.toList();
		if (onRoute.isEmpty()) {
			throw new RouteNotFound(routeId);
		}
		Set<UUID> sealed = sealed(routeId, onRoute);
		List<PackedOrder> result = new ArrayList<>();
		for (OutboundOrder o : onRoute) {
			List<PackedUnit> hus = this.units.findByOrderIdOrderByLabel(o.id())
				.stream()
				.map((hu) -> new PackedUnit(LoadingService.UnitView.of(hu), sealed.contains(hu.id())))
				.toList();
			result.add(new PackedOrder(o.id(), o.orderNumber(), o.customerName(), o.stopSequence(), o.status().name(), hus));
		}
		return new PackingList(routeId, onRoute.get(0).vehicleId(), result);
	}

	/** Closes a handling unit at the packing station by scanning its printed label. */
	public PackedUnit seal(UUID routeId, String labelScan, String person) {
		HandlingUnit hu = unitOnRoute(routeId, labelScan);
		this.jdbc.sql("""
				INSERT INTO warehouse.handling_unit_seal (handling_unit_id, sealed_by, sealed_at) VALUES (?, ?, ?)
				ON CONFLICT DO NOTHING""")
			.params(hu.id(), person, Timestamp.from(this.clock.instant()))
			.update();
		return new PackedUnit(LoadingService.UnitView.of(hu), true);
	}

	/** The loading list with which units are in the van and which one is next. */
	@Transactional(readOnly = true)
	public LoadingProgress progress(UUID routeId) {
		LoadingService.LoadingList list = this.loading.loadingList(routeId);
		Map<UUID, String> scanned = scans(routeId);
		List<LoadStep> steps = new ArrayList<>();
		LoadStep next = null;
		for (LoadingPlanner.Step s : list.steps()) {
			LoadStep step = new LoadStep(s, scanned.containsKey(s.item().handlingUnitId()), scanned.get(s.item().handlingUnitId()));
			steps.add(step);
			if (next == null && !step.inVan()) {
				next = step;
			}
		}
		return new LoadingProgress(list.routeId(), list.vehicleId(), list.refrigerated(), list.dockDoor(), list.loaded(),
				list.waiting(), steps, next, this.claims.holderName(TaskType.LOADING, routeId));
	}

	/**
	 * Scans a unit into the van at the dock door. The door must be the route's; the unit must be on
	 * the route; units of later stops go in first. Scanning a unit twice changes nothing. When the
	 * last unit is in (and every order is packed) the route is confirmed loaded.
	 */
	public LoadingProgress scan(UUID routeId, String dockScan, String labelScan, String person) {
		LoadingService.LoadingList list = this.loading.loadingList(routeId);
		OutboundOrder first = this.orders.ordersOnRoute(routeId).get(0);
		Site site = this.layout.site(first.siteId());
		this.claims.claim(TaskType.LOADING, routeId, site.id(), person);
		if (list.dockDoor() != null && !list.dockDoor().equals(dockScan.strip())) {
			throw new WrongScan("Wrong dock: you scanned " + dockScan.strip() + ", vehicle " + list.vehicleId()
					+ " loads at door " + list.dockDoor());
		}
		HandlingUnit hu = unitOnRoute(routeId, labelScan);
		Map<UUID, String> scanned = scans(routeId);
		if (!scanned.containsKey(hu.id())) {
			LoadingPlanner.Step mine = list.steps()
				.stream()
				.filter((s) -> s.item().handlingUnitId().equals(hu.id()))
				.findFirst()
				.orElseThrow();
			for (LoadingPlanner.Step s : list.steps()) {
				if (!scanned.containsKey(s.item().handlingUnitId()) && s.item().stopSequence() > mine.item().stopSequence()) {
					throw new LoadOrderBroken(hu.label(), mine.item().stopSequence(), s.item().label(), s.item().stopSequence());
				}
			}
			this.jdbc.sql("""
					INSERT INTO warehouse.load_scan (handling_unit_id, route_id, dock_door, scanned_by, scanned_at)
					VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
				.params(hu.id(), routeId, list.dockDoor(), person, Timestamp.from(this.clock.instant()))
				.update();
			scanned.put(hu.id(), person);
		}
		boolean allIn = list.steps().stream().allMatch((s) -> scanned.containsKey(s.item().handlingUnitId()));
		if (allIn && list.waiting().isEmpty() && !list.loaded()) {
			this.loading.confirmLoaded(routeId);
			this.claims.finished(TaskType.LOADING, routeId);
		}
		return progress(routeId);
	}

	/** Closes the route: refused (naming them) while units are not scanned into the van. */
	public LoadingProgress complete(UUID routeId) {
		LoadingProgress now = progress(routeId);
		List<String> missing = now.steps().stream().filter((s) -> !s.inVan()).map((s) -> s.step().item().label()).toList();
		if (!missing.isEmpty()) {
			throw new UnitsMissing(String.valueOf(now.vehicleId()), missing);
		}
		this.loading.confirmLoaded(routeId);
		this.claims.finished(TaskType.LOADING, routeId);
		return progress(routeId);
	}

	private HandlingUnit unitOnRoute(UUID routeId, String labelScan) {
		List<OutboundOrder> onRoute = this.orders.ordersOnRoute(routeId);
		if (onRoute.isEmpty()) {
			throw new RouteNotFound(routeId);
		}
		Site site = this.layout.site(onRoute.get(0).siteId());
		String label = this.labels.handlingUnit(site, labelScan);
		Map<UUID, OutboundOrder> byId = new HashMap<>();
		onRoute.forEach((o) -> byId.put(o.id(), o));
		return this.units.findByOrderIdIn(byId.keySet())
			.stream()
			.filter((hu) -> hu.label().equals(label))
			.findFirst()
			.orElseThrow(() -> new WrongScan("'" + labelScan + "' is not a handling unit of vehicle " + onRoute.get(0).vehicleId()
					+ "'s route: put it aside and tell the supervisor"));
	}

	private Map<UUID, String> scans(UUID routeId) {
		return this.jdbc.sql("SELECT handling_unit_id, scanned_by FROM warehouse.load_scan WHERE route_id = ?")
			.param(routeId)
			.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, HashMap::new));
	}

	private Set<UUID> sealed(UUID routeId, List<OutboundOrder> onRoute) {
		List<UUID> ids = this.units.findByOrderIdIn(onRoute.stream().map(OutboundOrder::id).toList())
			.stream()
			.map(HandlingUnit::id)
			.toList();
		if (ids.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(this.jdbc.sql("SELECT handling_unit_id FROM warehouse.handling_unit_seal WHERE handling_unit_id = ANY(?)")
			.param(ids.toArray(new UUID[0]))
			.query(UUID.class)
			.list());
	}

	/** A route's orders and their handling units. */
	public record PackingList(UUID routeId, @Nullable String vehicleId, List<PackedOrder> orders) {
	}

	public record PackedOrder(UUID orderId, String orderNumber, String customerName, @Nullable Integer stop, String status,
			List<PackedUnit> units) {
	}

	/** A handling unit and whether its label was scanned at the packing station. */
	public record PackedUnit(LoadingService.UnitView unit, boolean sealed) {
	}

	/** The loading list with progress. */
	public record LoadingProgress(UUID routeId, @Nullable String vehicleId, boolean refrigerated, @Nullable String dockDoor,
			boolean loaded, List<String> waiting, List<LoadStep> steps, @Nullable LoadStep next, @Nullable String takenBy) {
	}

	/** One step of the loading list and whether (and by whom) it was scanned into the van. */
	public record LoadStep(LoadingPlanner.Step step, boolean inVan, @Nullable String scannedBy) {
	}

}
