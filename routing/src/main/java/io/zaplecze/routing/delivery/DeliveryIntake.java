package io.zaplecze.routing.delivery;

import java.time.Clock;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.zaplecze.routing.DeliveryCancelled;
import io.zaplecze.routing.DeliveryReadyAt;
import io.zaplecze.routing.DeliveryRequested;

/**
 * Takes the warehouse's delivery events into routing's own tables. Each listener is an upsert keyed by
 * shipment id, so a redelivered event changes nothing, and the three kinds may arrive in any order.
 * A cancellation is final: a later (or replayed) request does not bring the delivery back.
 */
@Component
class DeliveryIntake {

	private final DeliveryRepository deliveries;

	private final Clock clock;

	DeliveryIntake(DeliveryRepository deliveries, Clock clock) {
		this.deliveries = deliveries;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(DeliveryRequested event) {
		this.deliveries.upsert(event, this.clock.instant());
	}

	@ApplicationModuleListener
	void on(DeliveryReadyAt event) {
		this.deliveries.ready(event.shipmentId(), event.readyAt(), this.clock.instant());
	}

	@ApplicationModuleListener
	void on(DeliveryCancelled event) {
		this.deliveries.cancel(event.shipmentId(), event.reason(), this.clock.instant());
	}

}
