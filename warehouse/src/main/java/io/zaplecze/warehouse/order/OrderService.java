package io.zaplecze.warehouse.order;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zaplecze.inventory.Allocation;
import io.zaplecze.inventory.ProductView;
import io.zaplecze.inventory.StockCommands.ReserveStock;
import io.zaplecze.inventory.StockManagement;
import io.zaplecze.platform.GeoPoint;
import io.zaplecze.platform.TimeWindow;
import io.zaplecze.routing.DeliveryCancelled;
import io.zaplecze.routing.DeliveryReadyAt;
import io.zaplecze.routing.DeliveryRequested;
import io.zaplecze.warehouse.ShipmentStatusChanged;
import io.zaplecze.warehouse.ShipmentStatusChanged.Milestone;
import io.zaplecze.warehouse.WarehouseProperties;
import io.zaplecze.warehouse.layout.Bin;
import io.zaplecze.warehouse.layout.LayoutService;
import io.zaplecze.warehouse.layout.Site;
import io.zaplecze.warehouse.layout.ZoneGeometry;
import io.zaplecze.warehouse.loading.Packer;
import io.zaplecze.warehouse.picking.PickPathMethod;
import io.zaplecze.warehouse.picking.PickPathPlanner;
import io.zaplecze.warehouse.picking.PickPoint;
import io.zaplecze.warehouse.picking.PickWorkload;
import io.zaplecze.warehouse.receiving.IdempotencyKeyReused;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outbound orders: entering one reserves its lines through inventory (by each product's rotation
 * policy), reports backorders, and tells the rest of the system: {@link ShipmentStatusChanged}
 * (CREATED, ALLOCATED) for tracking, {@link DeliveryRequested} and a first {@link DeliveryReadyAt}
 * for routing. Cancelling releases the stock and publishes {@link DeliveryCancelled}.
 */
@Service
@Transactional
public class OrderService {

	private static final Logger log = LoggerFactory.getLogger(OrderService.class);

	private final OutboundOrderRepository orders;

	private final LayoutService layout;

	private final StockManagement stock;

	private final ApplicationEventPublisher events;

	private final WarehouseProperties properties;

	private final Clock clock;

	OrderService(OutboundOrderRepository orders, LayoutService layout, StockManagement stock,
			ApplicationEventPublisher events, WarehouseProperties properties, Clock clock) {
		this.orders = orders;
		this.layout = layout;
		this.stock = stock;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	/** What a caller asks for. */
	public record NewOrder(String site, @Nullable String orderNumber, String customerName, String address,
			GeoPoint location, LocalDate requestedDate, List<TimeWindow> timeWindows, @Nullable Integer priority,
			Map<String, Integer> lines) {
	}

	/**
	 * Creates and allocates an order. With an idempotency key, a retry with the same request returns
	 * the first order; the same key with another request is a conflict.
	 */
	public OutboundOrder create(NewOrder request, @Nullable String idempotencyKey) {
		if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 128)) {
			throw new IllegalArgumentException("An Idempotency-Key has 1 to 128 characters");
		}
		String hash = hash(request);
		if (idempotencyKey != null) {
			Optional<OutboundOrder> existing = this.orders.findByIdempotencyKey(idempotencyKey);
			if (existing.isPresent()) {
				if (!hash.equals(existing.get().requestHash())) {
					throw new IdempotencyKeyReused(idempotencyKey);
				}
				return existing.get();
			}
		}
		Site site = this.layout.site(request.site());
		validate(site, request);
		String number = (request.orderNumber() != null) ? request.orderNumber() : nextNumber(site, request.requestedDate());
		if (this.orders.existsByOrderNumber(number)) {
			throw new io.zaplecze.warehouse.layout.DuplicateCode("Order", number);
		}
		Map<String, ProductView> products = new LinkedHashMap<>();
		request.lines().keySet().forEach((sku) -> products.put(sku, this.stock.product(sku)));
		int priority = (request.priority() != null) ? request.priority() : this.properties.delivery().defaultPriority();
		OutboundOrder order = new OutboundOrder(site.id(), number, idempotencyKey, hash, request.customerName(),
				request.address(), request.location(), request.requestedDate(), request.timeWindows(), priority,
				this.clock.instant());
		request.lines().forEach((sku, qty) -> order.addLine(products.get(sku), qty));
		this.orders.save(order);
		publish(order, Milestone.CREATED);
		for (OrderLine line : order.lines()) {
			Allocation allocation = this.stock.reserve(new ReserveStock(line.nextReservationKey(), order.id(),
					line.id().toString(), line.sku(), line.quantity(), order.requestedDate()));
			line.allocate(allocation);
		}
		refreshDeliveryFigures(order);
		publish(order, Milestone.ALLOCATED);
		if (order.status() == OrderStatus.ALLOCATED) {
			this.events.publishEvent(deliveryRequested(order, site));
			estimateReadiness(order, site);
		}
		else {
			log.info("Order {} is fully backordered; not sent to routing", order.orderNumber());
		}
		return order;
	}

	/** Checks an order as {@link #create} would, without storing anything (unknown site → not found). */
	@Transactional(readOnly = true)
	public void check(NewOrder request) {
		validate(this.layout.site(request.site()), request);
	}

	private void validate(Site site, NewOrder request) {
		if (request.lines().isEmpty()) {
			throw new InvalidOrder("An order needs at least one line");
		}
		if (request.timeWindows().isEmpty()) {
			throw new InvalidOrder("An order needs at least one delivery time window");
		}
		Instant dayStart = request.requestedDate().atStartOfDay(site.zoneId()).toInstant();
		Instant dayEnd = request.requestedDate().plusDays(1).atStartOfDay(site.zoneId()).toInstant();
		for (TimeWindow window : request.timeWindows()) {
			if (window.start().isBefore(dayStart) || window.end().isAfter(dayEnd)) {
				throw new InvalidOrder("Time window " + window.start() + " .. " + window.end() + " is not within "
						+ request.requestedDate() + " (" + site.zoneId() + ")");
			}
		}
	}

	/** Recomputes weight, volume, pallets, refrigeration and service time from what is allocated. */
	public void refreshDeliveryFigures(OutboundOrder order) {
		List<Packer.Goods> goods = new ArrayList<>();
		long weight = 0;
		long volume = 0;
		boolean cold = false;
		for (OrderLine line : order.lines()) {
			if (line.allocated() <= 0) {
				continue;
			}
			weight += line.unitWeightGrams() * line.allocated();
			volume += line.unitVolumeCm3() * line.allocated();
			cold |= line.temperatureClass().needsRefrigeration();
			goods.add(new Packer.Goods(line.sku(), line.allocated(), line.unitWeightGrams(), line.unitVolumeCm3(),
					line.temperatureClass()));
		}
		List<Packer.Unit> units = new Packer(this.properties.packing()).pack(goods);
		int pallets = (int) units.stream().filter((u) -> u.kind() == Packer.Kind.PALLET).count();
		int parcels = units.size() - pallets;
		WarehouseProperties.Delivery d = this.properties.delivery();
		int service = d.baseServiceSeconds() + parcels * d.serviceSecondsPerParcel() + pallets * d.serviceSecondsPerPallet();
		order.allocated(weight, volume, pallets, cold, service);
	}

	/** The routing request for the order as it stands. */
	public DeliveryRequested deliveryRequested(OutboundOrder order, Site site) {
		return new DeliveryRequested(order.id(), order.orderNumber(), order.customerName(), order.address(),
				order.location(), order.requestedDate(), order.windows(), order.serviceSeconds(), order.weightGrams(),
				order.volumeCm3(), order.pallets(), order.needsRefrigeration(), order.priority(), site.id());
	}

	/** Tells routing about the order as it stands now (a new or replaced delivery request). */
	public void publishDeliveryRequested(OutboundOrder order, Site site) {
		this.events.publishEvent(deliveryRequested(order, site));
	}

	/** Publishes a milestone of the order. */
	public void publish(OutboundOrder order, Milestone milestone) {
		boolean created = milestone == Milestone.CREATED;
		this.events.publishEvent(new ShipmentStatusChanged(order.id(), order.orderNumber(), milestone, this.clock.instant(),
				created ? order.customerName() : null, created ? order.location() : null,
				created ? order.requestedDate() : null, (milestone == Milestone.LOADED) ? order.vehicleId() : null));
	}

	/**
	 * Before a route plan exists: the day's allocated orders are picked first come first served by
	 * the picking team from the site's opening, so this order is ready once the work queued before
	 * it and its own work are done.
	 */
	void estimateReadiness(OutboundOrder order, Site site) {
		Map<UUID, ZoneGeometry> geometry = this.layout.geometry(site.id());
		Map<String, Bin> bins = new java.util.HashMap<>();
		this.layout.bins(site.id()).forEach((b) -> bins.put(b.code(), b));
		long queued = 0;
		for (OutboundOrder other : this.orders.findBySiteIdAndRequestedDateOrderByCreatedAt(site.id(), order.requestedDate())) {
			if (other.status() == OrderStatus.ALLOCATED || other.status() == OrderStatus.PICKING) {
				queued += workload(other, geometry, bins);
			}
			if (other.id().equals(order.id())) {
				break;
			}
		}
		int pickers = Math.max(1, this.properties.picking().pickers());
		Instant start = pickingStart(site, order.requestedDate());
		Instant ready = start.plusSeconds(Math.max(workload(order, geometry, bins), queued / pickers));
		if (order.readyAt(ready, this.properties.picking().readyTimeChangeThreshold())) {
			this.events.publishEvent(new DeliveryReadyAt(order.id(), ready));
		}
	}

	/** When picking for a day can start: the site's opening (or now, for same-day orders if so configured). */
	public Instant pickingStart(Site site, LocalDate day) {
		Instant opening = site.opening(day);
		Instant now = this.clock.instant();
		if (this.properties.picking().sameDayFromNow() && now.isAfter(opening)) {
			return now;
		}
		return opening;
	}

	private long workload(OutboundOrder order, Map<UUID, ZoneGeometry> geometry, Map<String, Bin> bins) {
		Map<UUID, List<PickPoint>> points = new LinkedHashMap<>();
		int lines = 0;
		int units = 0;
		for (OrderLine line : order.lines()) {
			for (OrderLine.AllocatedLot lot : line.allocations()) {
				lines++;
				units += lot.quantity();
				Bin b = bins.get(lot.locationId());
				if (b != null && b.zoneId() != null) {
					points.computeIfAbsent(b.zoneId(), (z) -> new ArrayList<>()).add(geometry.get(b.zoneId()).point(b));
				}
			}
		}
		double walk = 0;
		for (Map.Entry<UUID, List<PickPoint>> e : points.entrySet()) {
			walk += PickPathPlanner.length(geometry.get(e.getKey()).layout(), e.getValue(), PickPathMethod.LARGEST_GAP);
		}
		int handlingUnits = Math.max(1, order.pallets() + (int) Math.ceil(order.volumeCm3()
				/ (double) this.properties.packing().parcelMaxVolumeCm3()));
		return PickWorkload.seconds(this.properties.picking(), walk, lines, units, handlingUnits);
	}

	/** Cancels an order that has not started picking: releases its stock and tells routing and tracking. */
	public OutboundOrder cancel(UUID orderId, String reason) {
		OutboundOrder order = order(orderId);
		if (order.status() == OrderStatus.CANCELLED) {
			return order;
		}
		order.cancel();
		for (OrderLine line : order.lines()) {
			if (line.reservationId() != null) {
				this.stock.release(line.reservationId(), "cancel-" + order.id() + "-" + line.lineNo());
			}
		}
		publish(order, Milestone.CANCELLED);
		this.events.publishEvent(new DeliveryCancelled(order.id(), reason));
		return order;
	}

	@Transactional(readOnly = true)
	public OutboundOrder order(UUID id) {
		return this.orders.findById(id).orElseThrow(() -> new OrderNotFound(id));
	}

	@Transactional(readOnly = true)
	public List<OutboundOrder> orders(String siteCode, LocalDate date) {
		return this.orders.findBySiteIdAndRequestedDateOrderByCreatedAt(this.layout.site(siteCode).id(), date);
	}

	@Transactional(readOnly = true)
	public List<OutboundOrder> orders(java.util.Collection<UUID> ids) {
		return this.orders.findByIdIn(ids);
	}

	@Transactional(readOnly = true)
	public List<OutboundOrder> ordersOnRoute(UUID routeId) {
		return this.orders.findByRouteIdOrderByStopSequence(routeId);
	}

	private String nextNumber(Site site, LocalDate day) {
		String prefix = "SO-" + site.code() + "-" + day.format(DateTimeFormatter.BASIC_ISO_DATE) + "-";
		long n = this.orders.countBySiteIdAndRequestedDate(site.id(), day) + 1;
		String number = prefix + String.format("%04d", n);
		while (this.orders.existsByOrderNumber(number)) {
			number = prefix + String.format("%04d", ++n);
		}
		return number;
	}

	static String hash(NewOrder request) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(request.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
