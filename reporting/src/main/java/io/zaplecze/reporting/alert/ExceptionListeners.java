package io.zaplecze.reporting.alert;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zaplecze.inventory.BackorderCreated;
import io.zaplecze.inventory.ExceptionHandling;
import io.zaplecze.inventory.LotExpiring;
import io.zaplecze.inventory.StockLevel;
import io.zaplecze.inventory.StockManagement;
import io.zaplecze.reporting.ReportingProperties;
import io.zaplecze.reporting.alert.Alerts.Audience;
import io.zaplecze.reporting.alert.Alerts.Kind;
import io.zaplecze.reporting.webhook.Webhooks;
import io.zaplecze.tracking.DeliveryAttempted;
import io.zaplecze.tracking.DeliveryDelayed;
import io.zaplecze.warehouse.OrderManagement;
import io.zaplecze.warehouse.OrderManagement.DamagedLine;
import io.zaplecze.warehouse.OrderManagement.ShipmentView;
import io.zaplecze.warehouse.PickShortageReported;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Every exception event becomes something a person sees and, where the system can, the next step.
 * Each listener runs after the publisher's commit in its own transaction and is idempotent (alerts,
 * tasks and webhook deliveries are keyed by the fact), so a redelivered event changes nothing.
 */
@Component
class ExceptionListeners {

	private static final Logger log = LoggerFactory.getLogger(ExceptionListeners.class);

	private final Alerts alerts;

	private final Webhooks webhooks;

	private final Tasks tasks;

	private final OrderManagement orders;

	private final ExceptionHandling inventory;

	private final StockManagement stock;

	private final ReportingProperties properties;

	ExceptionListeners(Alerts alerts, Webhooks webhooks, Tasks tasks, OrderManagement orders, ExceptionHandling inventory,
			StockManagement stock, ReportingProperties properties) {
		this.alerts = alerts;
		this.webhooks = webhooks;
		this.tasks = tasks;
		this.orders = orders;
		this.inventory = inventory;
		this.stock = stock;
		this.properties = properties;
	}

	/**
	 * A stop will be late: a dispatcher alert with the predicted lateness, the front office's webhook,
	 * and a re-plan suggestion once {@code replan-late-stops} stops of the route are predicted late.
	 */
	@ApplicationModuleListener
	void on(DeliveryDelayed e) {
		Optional<ShipmentView> shipment = this.orders.shipment(e.shipmentId());
		LocalDate day = shipment.map(ShipmentView::deliveryDate).orElse(LocalDate.ofInstant(e.eta(), this.properties.zone()));
		String site = shipment.map(ShipmentView::siteCode).orElse(null);
		long lateMinutes = (e.windowEnd() != null) ? Math.max(0, Duration.between(e.windowEnd(), e.eta()).toMinutes()) : 0;
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("vehicleId", e.vehicleId());
		detail.put("stopId", e.stopId().toString());
		detail.put("eta", e.eta().toString());
		detail.put("windowEnd", String.valueOf(e.windowEnd()));
		detail.put("predictedLatenessMinutes", lateMinutes);
		shipment.ifPresent(s -> {
			detail.put("orderNumber", s.orderNumber());
			detail.put("customerName", s.customerName());
		});
		String title = "Late by ~" + lateMinutes + " min: " + shipment.map(ShipmentView::orderNumber).orElse(e.shipmentId().toString())
				+ " on " + e.vehicleId();
		this.alerts.raise("delay:" + e.stopId(), Kind.DELAY, Audience.DISPATCHER, day, site, e.routeId(), e.shipmentId(), title,
				detail);
		this.webhooks.enqueue("delay:" + e.stopId(), "delivery.delayed", Map.of("shipmentId", e.shipmentId().toString(),
				"orderNumber", shipment.map(ShipmentView::orderNumber).orElse(""), "eta", e.eta().toString(),
				"windowEnd", String.valueOf(e.windowEnd()), "predictedLatenessMinutes", lateMinutes));
		int late = this.alerts.countOnRoute(e.routeId(), Kind.DELAY);
		if (late >= this.properties.replanLateStops()) {
			this.alerts.raise("replan:" + e.routeId(), Kind.REPLAN_SUGGESTED, Audience.DISPATCHER, day, site, e.routeId(), null,
					late + " stops of " + e.vehicleId() + "'s route will be late: re-plan",
					Map.of("vehicleId", e.vehicleId(), "lateStops", late, "action",
							"POST /api/v1/routing/plans/{planId}/replan"));
		}
	}

	/** A short pick: a count task for the bin, and the order and route flagged to the dispatcher. */
	@ApplicationModuleListener
	void on(PickShortageReported e) {
		boolean counted = this.inventory.requestCount(e.binCode());
		Optional<ShipmentView> shipment = this.orders.shipment(e.shipmentId());
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("orderNumber", e.orderNumber());
		detail.put("sku", e.sku());
		detail.put("requested", e.requested());
		detail.put("missing", e.missing());
		detail.put("bin", e.binCode());
		detail.put("countTaskCreated", counted);
		shipment.ifPresent(s -> detail.put("vehicleId", String.valueOf(s.vehicleId())));
		LocalDate day = shipment.map(ShipmentView::deliveryDate).orElse(LocalDate.ofInstant(e.at(), this.properties.zone()));
		this.alerts.raise("short:" + e.shipmentId() + ":" + e.sku() + ":" + e.binCode() + ":" + e.at(), Kind.SHORT_PICK,
				Audience.DISPATCHER, day, shipment.map(ShipmentView::siteCode).orElse(null),
				shipment.map(ShipmentView::routeId).orElse(null), e.shipmentId(),
				e.missing() + " × " + e.sku() + " short for " + e.orderNumber() + " (bin " + e.binCode() + " to count)", detail);
	}

	/** A lot nears expiry: a warehouse task (sell first, move forward from reserve, or scrap). */
	@ApplicationModuleListener
	void on(LotExpiring e) {
		List<StockLevel> levels = this.stock.stockOf(e.sku()).stream()
			.filter(l -> l.lotNumber().equals(e.lotNumber()) && l.onHand() > 0)
			.toList();
		Tasks.Action action = Tasks.action(e.daysLeft(), levels, this.properties.expiryMoveLevel());
		List<String> locations = new ArrayList<>(levels.stream().map(StockLevel::locationId).distinct().toList());
		if (this.tasks.expiryTask(e, action, locations)) {
			this.alerts.raise("expiry:" + e.sku() + ":" + e.lotNumber() + ":" + e.expiryDate(), Kind.EXPIRY,
					Audience.WAREHOUSE, LocalDate.now(this.properties.zone()), site(locations), null, null,
					action + ": lot " + e.lotNumber() + " of " + e.sku() + " expires " + e.expiryDate(),
					Map.of("sku", e.sku(), "lotNumber", e.lotNumber(), "expiryDate", e.expiryDate().toString(), "daysLeft",
							e.daysLeft(), "onHand", e.onHand(), "reserved", e.reserved(), "action", action.name(),
							"locations", locations));
		}
	}

	/** A backorder: listed for the front office until stock is received and it is re-allocated. */
	@ApplicationModuleListener
	void on(BackorderCreated e) {
		Optional<ShipmentView> shipment = this.orders.shipment(e.orderId());
		if (this.tasks.backorder(e, shipment.map(ShipmentView::siteCode).orElse(null))) {
			this.alerts.raise("backorder:" + e.reservationId() + ":" + e.occurredAt(), Kind.BACKORDER, Audience.FRONT_OFFICE,
					e.deliveryDate(), shipment.map(ShipmentView::siteCode).orElse(null), null, e.orderId(),
					e.quantity() + " × " + e.sku() + " backordered for " + shipment.map(ShipmentView::orderNumber).orElse(
							e.orderId().toString()),
					Map.of("sku", e.sku(), "quantity", e.quantity(), "orderLineId", e.orderLineId(), "deliveryDate",
							e.deliveryDate().toString()));
		}
	}

	/**
	 * A delivery failed because the goods were damaged: the goods go back into the depot's quarantine,
	 * a re-delivery order is created for the next day, the dispatcher is alerted and the front office
	 * told through the webhook.
	 */
	@ApplicationModuleListener
	void on(DeliveryAttempted e) {
		if (e.delivered() || !"DAMAGED".equals(e.failureReason())) {
			return;
		}
		Tasks.DamageReport report = this.tasks.damageReport(e.shipmentId()).orElse(null);
		List<DamagedLine> lines = (report != null) ? report.lines() : List.of();
		String photo = (report != null) ? report.photoRef() : null;
		OrderManagement.Redelivery redelivery = this.orders.returnDamaged(e.shipmentId(), lines, photo);
		Optional<ShipmentView> shipment = this.orders.shipment(e.shipmentId());
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("vehicleId", e.vehicleId());
		detail.put("reportedAt", e.outcomeAt().toString());
		detail.put("returnedUnits", redelivery.returnedUnits());
		detail.put("quarantineLocation", redelivery.quarantineLocation());
		detail.put("redeliveryOrderNumber", redelivery.redeliveryOrderNumber());
		detail.put("redeliveryShipmentId", redelivery.redeliveryShipmentId().toString());
		detail.put("redeliveryDate", redelivery.redeliveryDate().toString());
		detail.put("photoRef", String.valueOf(photo));
		detail.put("damagedLines", lines.isEmpty() ? "all" : lines);
		String number = shipment.map(ShipmentView::orderNumber).orElse(e.shipmentId().toString());
		this.alerts.raise("damage:" + e.stopId(), Kind.DAMAGE, Audience.DISPATCHER, e.deliveryDate(),
				shipment.map(ShipmentView::siteCode).orElse(null), e.routeId(), e.shipmentId(),
				"Damaged: " + number + " back to " + redelivery.quarantineLocation() + ", re-delivery "
						+ redelivery.redeliveryOrderNumber() + " on " + redelivery.redeliveryDate(),
				detail);
		this.webhooks.enqueue("damage:" + e.stopId(), "delivery.failed.damaged", Map.of("shipmentId",
				e.shipmentId().toString(), "orderNumber", number, "redeliveryOrderNumber",
				redelivery.redeliveryOrderNumber(), "redeliveryDate", redelivery.redeliveryDate().toString()));
		log.info("Damaged delivery {} handled: re-delivery {}", number, redelivery.redeliveryOrderNumber());
	}

	private static @Nullable String site(List<String> locations) {
		return locations.isEmpty() ? null : locations.getFirst().split("-", 2)[0];
	}

}
