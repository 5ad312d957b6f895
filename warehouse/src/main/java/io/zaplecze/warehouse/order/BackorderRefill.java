package io.zaplecze.warehouse.order;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zaplecze.inventory.Allocation;
import io.zaplecze.inventory.StockCommands.ReserveStock;
import io.zaplecze.inventory.StockManagement;
import io.zaplecze.inventory.StockReceived;
import io.zaplecze.warehouse.ShipmentStatusChanged.Milestone;
import io.zaplecze.warehouse.layout.LayoutService;
import io.zaplecze.warehouse.layout.Site;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Fills backorders when stock arrives: for every order not yet picking with a backordered line of
 * the received SKU (oldest order first), the line's reservation is released and the whole line
 * reserved again, so it is one reservation again, by the product's rotation policy. An order that
 * was fully backordered and is now allocated is sent to routing; one that was partly allocated has
 * its delivery figures updated. Idempotent: a redelivered event finds nothing backordered, or
 * reserves under the line's next key.
 */
@Component
class BackorderRefill {

	private static final Logger log = LoggerFactory.getLogger(BackorderRefill.class);

	private final OutboundOrderRepository orders;

	private final OrderService service;

	private final StockManagement stock;

	private final LayoutService layout;

	private final Clock clock;

	BackorderRefill(OutboundOrderRepository orders, OrderService service, StockManagement stock, LayoutService layout,
			Clock clock) {
		this.orders = orders;
		this.service = service;
		this.stock = stock;
		this.layout = layout;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(StockReceived received) {
		LocalDate today = LocalDate.now(this.clock);
		for (OutboundOrder order : this.orders.findBackordered(received.sku(),
				EnumSet.of(OrderStatus.ALLOCATED, OrderStatus.BACKORDERED), today.minusDays(1))) {
			refill(order, received.sku());
		}
	}

	/** Re-reserves the order's backordered lines of {@code sku}; returns the units newly allocated. */
	int refill(OutboundOrder order, String sku) {
		boolean wasBackordered = order.status() == OrderStatus.BACKORDERED;
		int gained = 0;
		for (OrderLine line : order.lines()) {
			if (!line.sku().equals(sku) || line.backordered() <= 0) {
				continue;
			}
			int before = line.allocated();
			if (line.reservationId() != null) {
				this.stock.release(line.reservationId(), "refill-release-" + line.nextReservationKey());
			}
			Allocation allocation = this.stock.reserve(new ReserveStock(line.nextReservationKey(), order.id(),
					line.id().toString(), line.sku(), line.quantity(), order.requestedDate()));
			line.allocate(allocation);
			gained += line.allocated() - before;
		}
		if (gained == 0) {
			return 0;
		}
		this.service.refreshDeliveryFigures(order);
		Site site = this.layout.site(order.siteId());
		if (order.status() == OrderStatus.ALLOCATED) {
			if (wasBackordered) {
				this.service.publish(order, Milestone.ALLOCATED);
			}
			// A (re)published request replaces the earlier one in routing (idempotent by shipment id).
			this.service.publishDeliveryRequested(order, site);
		}
		log.info("Backorder of {} filled by {} units on order {}", sku, gained, order.orderNumber());
		return gained;
	}

}
