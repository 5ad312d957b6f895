package io.zaplecze.routing.delivery;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.zaplecze.routing.RoutingFailure;

/** Reads the deliveries routing has taken in. */
@Service
public class DeliveryService {

	private final DeliveryRepository deliveries;

	DeliveryService(DeliveryRepository deliveries) {
		this.deliveries = deliveries;
	}

	/** Every delivery of a day, cancelled ones included (they say so). */
	@Transactional(readOnly = true)
	public List<Delivery> forDate(LocalDate date) {
		return this.deliveries.forDate(date);
	}

	/** The deliveries of a day that still need delivering. */
	@Transactional(readOnly = true)
	public List<Delivery> toDeliver(LocalDate date) {
		return this.deliveries.forDate(date).stream().filter(d -> !d.cancelled()).toList();
	}

	@Transactional(readOnly = true)
	public Delivery get(UUID shipmentId) {
		return this.deliveries.find(shipmentId).orElseThrow(() -> new DeliveryNotFound(shipmentId));
	}

	/** No delivery with that shipment id has arrived (404). */
	public static final class DeliveryNotFound extends RoutingFailure {

		DeliveryNotFound(UUID shipmentId) {
			super(Kind.NOT_FOUND, "No delivery for shipment " + shipmentId);
		}

	}

}
