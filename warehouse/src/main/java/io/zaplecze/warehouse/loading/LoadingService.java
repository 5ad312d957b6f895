package io.zaplecze.warehouse.loading;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.zaplecze.warehouse.ShipmentStatusChanged.Milestone;
import io.zaplecze.warehouse.WarehouseProperties;
import io.zaplecze.warehouse.order.OrderLine;
import io.zaplecze.warehouse.order.OrderService;
import io.zaplecze.warehouse.order.OrderStatus;
import io.zaplecze.warehouse.order.OutboundOrder;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Packing picked orders into handling units, the loading list of a route (last stop first,
 * refrigerated compartment for chilled and frozen goods) and confirming a vehicle loaded.
 */
@Service
@Transactional
public class LoadingService {

	private final HandlingUnitRepository units;

	private final VehicleLoadRepository loads;

	private final OrderService orders;

	private final io.zaplecze.warehouse.layout.LayoutService layout;

	private final WarehouseProperties properties;

	private final Clock clock;

	LoadingService(HandlingUnitRepository units, VehicleLoadRepository loads, OrderService orders,
			io.zaplecze.warehouse.layout.LayoutService layout, WarehouseProperties properties, Clock clock) {
		this.units = units;
		this.loads = loads;
		this.orders = orders;
		this.layout = layout;
		this.properties = properties;
		this.clock = clock;
	}

	/** Packs what was picked for the order (once; later calls return the same units). */
	public List<UnitView> pack(OutboundOrder order) {
		List<HandlingUnit> existing = this.units.findByOrderIdOrderByLabel(order.id());
		if (!existing.isEmpty()) {
			return existing.stream().map(UnitView::of).toList();
		}
		List<Packer.Goods> goods = new ArrayList<>();
		for (OrderLine line : order.lines()) {
			if (line.picked() > 0) {
				goods.add(new Packer.Goods(line.sku(), line.picked(), line.unitWeightGrams(), line.unitVolumeCm3(),
						line.temperatureClass()));
			}
		}
		List<Packer.Unit> packed = new Packer(this.properties.packing()).pack(goods);
		List<HandlingUnit> saved = new ArrayList<>();
		for (int i = 0; i < packed.size(); i++) {
			String label = String.format("%s-%02d", order.orderNumber(), i + 1);
			saved.add(this.units.save(new HandlingUnit(order.id(), label, packed.get(i), this.clock.instant())));
		}
		return saved.stream().map(UnitView::of).toList();
	}

	@Transactional(readOnly = true)
	public List<UnitView> handlingUnits(UUID orderId) {
		return this.units.findByOrderIdOrderByLabel(orderId).stream().map(UnitView::of).toList();
	}

	/** The loading list of a route, with the orders not yet packed. */
	@Transactional(readOnly = true)
	public LoadingList loadingList(UUID routeId) {
		List<OutboundOrder> onRoute = active(routeId);
		Map<UUID, OutboundOrder> byId = new HashMap<>();
		onRoute.forEach((o) -> byId.put(o.id(), o));
		List<LoadingPlanner.Item> items = new ArrayList<>();
		for (HandlingUnit hu : this.units.findByOrderIdIn(byId.keySet())) {
			OutboundOrder order = byId.get(hu.orderId());
			items.add(new LoadingPlanner.Item(hu.id(), hu.label(), order.id(),
					(order.stopSequence() != null) ? order.stopSequence() : 0, hu.kind(), hu.temperatureClass(),
					hu.weightGrams()));
		}
		OutboundOrder first = onRoute.get(0);
		List<String> waiting = onRoute.stream()
			.filter((o) -> o.status() != OrderStatus.PICKED && o.status() != OrderStatus.LOADED)
			.map(OutboundOrder::orderNumber)
			.toList();
		boolean loaded = this.loads.existsById(routeId);
		return new LoadingList(routeId, first.vehicleId(), first.vehicleRefrigerated(), dockDoor(first, routeId), loaded,
				waiting, LoadingPlanner.plan(items, first.vehicleRefrigerated()));
	}

	// An outbound door of the site, a refrigerated one for a refrigerated vehicle when there is one;
	// routes are spread over the doors by a stable hash so a route keeps its door.
	private @org.jspecify.annotations.Nullable String dockDoor(OutboundOrder order, UUID routeId) {
		List<io.zaplecze.warehouse.layout.DockDoor> outbound = this.layout.docks(order.siteId())
			.stream()
			.filter((d) -> d.direction() != io.zaplecze.warehouse.layout.DockDoor.Direction.INBOUND)
			.toList();
		List<io.zaplecze.warehouse.layout.DockDoor> suitable = outbound.stream()
			.filter((d) -> d.refrigerated() == order.vehicleRefrigerated())
			.toList();
		List<io.zaplecze.warehouse.layout.DockDoor> doors = suitable.isEmpty() ? outbound : suitable;
		return doors.isEmpty() ? null : doors.get(Math.floorMod(routeId.hashCode(), doors.size())).code();
	}

	/**
	 * Confirms the route's vehicle loaded: every order must be packed, cold goods need a refrigerated
	 * compartment. Publishes LOADED for each order; confirming again changes nothing.
	 */
	public LoadingList confirmLoaded(UUID routeId) {
		if (this.loads.existsById(routeId)) {
			return loadingList(routeId);
		}
		LoadingList list = loadingList(routeId);
		if (!list.waiting().isEmpty()) {
			throw new RouteNotReady(routeId, list.waiting());
		}
		List<String> problems = list.steps().stream().filter((s) -> s.problem() != null).map((s) -> s.item().label()).toList();
		if (!problems.isEmpty()) {
			throw new RefrigerationRequired(String.valueOf(list.vehicleId()), String.join(", ", problems));
		}
		List<OutboundOrder> onRoute = active(routeId);
		for (OutboundOrder order : onRoute) {
			order.loaded();
			this.orders.publish(order, Milestone.LOADED);
		}
		this.loads.save(new VehicleLoad(routeId, onRoute.get(0).siteId(), String.valueOf(list.vehicleId()), this.clock.instant()));
		return loadingList(routeId);
	}

	private List<OutboundOrder> active(UUID routeId) {
		List<OutboundOrder> onRoute = this.orders.ordersOnRoute(routeId)
			.stream()
			.filter((o) -> o.status() != OrderStatus.CANCELLED && o.status() != OrderStatus.BACKORDERED)
			.toList();
		if (onRoute.isEmpty()) {
			throw new RouteNotFound(routeId);
		}
		return onRoute;
	}

	/** A handling unit. */
	public record UnitView(UUID id, String label, Packer.Kind kind, io.zaplecze.inventory.TemperatureClass temperatureClass,
			long weightGrams, long volumeCm3, Map<String, Integer> contents) {

		static UnitView of(HandlingUnit hu) {
			return new UnitView(hu.id(), hu.label(), hu.kind(), hu.temperatureClass(), hu.weightGrams(), hu.volumeCm3(),
					hu.contents());
		}

	}

	/** What goes on a vehicle, in loading order. */
	public record LoadingList(UUID routeId, @org.jspecify.annotations.Nullable String vehicleId, boolean refrigerated,
			@org.jspecify.annotations.Nullable String dockDoor, boolean loaded, List<String> waiting,
			List<LoadingPlanner.Step> steps) {
	}

}
