package io.zaplecze.tracking.shipment;

import io.zaplecze.warehouse.ShipmentStatusChanged;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Feeds the warehouse's milestones into the timeline; idempotent, so a redelivered event changes nothing. */
@Component
class WarehouseMilestones {

	private final ShipmentTimeline timeline;

	WarehouseMilestones(ShipmentTimeline timeline) {
		this.timeline = timeline;
	}

	@ApplicationModuleListener
	void on(ShipmentStatusChanged event) {
		this.timeline.ensure(event.shipmentId(), new ShipmentTimeline.Facts(event.orderNumber(), event.customerName(),
				event.location(), event.deliveryDate()));
		ShipmentStatus status = switch (event.milestone()) {
			case CREATED -> ShipmentStatus.CREATED;
			case ALLOCATED -> ShipmentStatus.ALLOCATED;
			case PICKED -> ShipmentStatus.PICKED;
			case LOADED -> ShipmentStatus.LOADED;
			case CANCELLED -> ShipmentStatus.CANCELLED;
		};
		this.timeline.record(event.shipmentId(), status, event.at(), "warehouse",
				(event.vehicleId() != null) ? "vehicle " + event.vehicleId() : null);
	}

}
