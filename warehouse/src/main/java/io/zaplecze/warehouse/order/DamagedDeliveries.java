package io.zaplecze.warehouse.order;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zaplecze.inventory.ExceptionHandling;
import io.zaplecze.platform.TimeWindow;
import io.zaplecze.warehouse.OrderManagement;
import io.zaplecze.warehouse.layout.LayoutService;
import io.zaplecze.warehouse.layout.Site;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link OrderManagement}: shipment facts and the return and re-delivery of damaged goods. */
@Service
class DamagedDeliveries implements OrderManagement {

	private static final Logger log = LoggerFactory.getLogger(DamagedDeliveries.class);

	private final OutboundOrderRepository orders;

	private final OrderService service;

	private final LayoutService layout;

	private final ObjectProvider<ExceptionHandling> inventory;

	DamagedDeliveries(OutboundOrderRepository orders, OrderService service, LayoutService layout,
			ObjectProvider<ExceptionHandling> inventory) {
		this.orders = orders;
		this.service = service;
		this.layout = layout;
		this.inventory = inventory;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ShipmentView> shipment(UUID shipmentId) {
		return this.orders.findById(shipmentId).map(o -> new ShipmentView(o.id(), o.orderNumber(),
				this.layout.site(o.siteId()).code(), o.requestedDate(), o.customerName(), o.routeId(), o.vehicleId(),
				o.lines().stream().map(l -> new Line(l.sku(), l.quantity(), l.allocated(), l.picked())).toList()));
	}

	@Override
	@Transactional
	public Redelivery returnDamaged(UUID shipmentId, List<DamagedLine> damaged, @Nullable String photoRef) {
		OutboundOrder order = this.orders.findById(shipmentId).orElseThrow(() -> new OrderNotFound(shipmentId));
		Site site = this.layout.site(order.siteId());
		String quarantine = ExceptionHandling.quarantineOf(site.code());
		Map<String, Integer> units = new LinkedHashMap<>();
		if (damaged.isEmpty()) {
			order.lines().forEach(l -> units.merge(l.sku(), carried(l), Integer::sum));
		}
		else {
			damaged.forEach(d -> units.merge(d.sku(), d.quantity(), Integer::sum));
		}
		units.values().removeIf(q -> q <= 0);
		if (units.isEmpty()) {
			throw new InvalidOrder("Shipment " + order.orderNumber() + " carried nothing to return");
		}
		int returned = 0;
		ExceptionHandling stock = this.inventory.getIfAvailable();
		for (Map.Entry<String, Integer> e : units.entrySet()) {
			OrderLine line = order.lines().stream().filter(l -> l.sku().equals(e.getKey())).findFirst().orElseThrow(
					() -> new InvalidOrder("Shipment " + order.orderNumber() + " has no line of SKU " + e.getKey()));
			int left = Math.min(e.getValue(), carried(line));
			// The damaged units go back under the lots the line was picked from, in allocation order.
			for (OrderLine.AllocatedLot lot : line.allocations()) {
				int take = Math.min(left, lot.quantity());
				if (take <= 0) {
					continue;
				}
				if (stock != null) {
					stock.returnGoods("damaged-" + shipmentId + "-" + line.lineNo() + "-" + lot.lotNumber(), line.sku(),
							lot.lotNumber(), quarantine, take, "DAMAGED" + ((photoRef != null) ? " photo " + photoRef : ""));
				}
				returned += take;
				left -= take;
			}
		}
		LocalDate next = order.requestedDate().plusDays(1);
		List<TimeWindow> windows = new ArrayList<>();
		for (TimeWindow w : order.windows()) {
			windows.add(new TimeWindow(ZonedDateTime.ofInstant(w.start(), site.zoneId()).plusDays(1).toInstant(),
					ZonedDateTime.ofInstant(w.end(), site.zoneId()).plusDays(1).toInstant()));
		}
		Map<String, Integer> lines = new LinkedHashMap<>();
		order.lines().forEach(l -> lines.merge(l.sku(), l.quantity(), Integer::sum));
		String number = order.orderNumber() + "-R1";
		OutboundOrder redelivery = this.service.create(new OrderService.NewOrder(site.code(), number, order.customerName(),
				order.address(), order.location(), next, windows, Math.max(order.priority(), 8), lines),
				"redeliver-" + shipmentId);
		log.info("Damaged delivery {}: {} units to {}, re-delivery {} on {}", order.orderNumber(), returned, quarantine,
				number, next);
		return new Redelivery(shipmentId, redelivery.id(), number, next, quarantine, returned);
	}

	/** Units the shipment carried of a line: what was picked, else what was allocated. */
	private static int carried(OrderLine line) {
		return (line.picked() > 0) ? line.picked() : line.allocated();
	}

}
