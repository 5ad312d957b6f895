package io.zaplecze.tracking.shipment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.zaplecze.tracking.TrackingFailure;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Dispatchers' view of the day's shipments: status, tracking code, ETA window, stop progress, timeline. */
@RestController
class ShipmentsController {

	private final ShipmentQueries queries;

	ShipmentsController(ShipmentQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/api/v1/tracking/shipments")
	List<ShipmentQueries.Shipment> byDay(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		return this.queries.byDay(date);
	}

	@GetMapping("/api/v1/tracking/shipments/{shipmentId}")
	ShipmentDetails one(@PathVariable UUID shipmentId) {
		ShipmentQueries.Shipment shipment = this.queries.byId(shipmentId);
		if (shipment == null) {
			throw new ShipmentNotFound(shipmentId);
		}
		return new ShipmentDetails(shipment, this.queries.timeline(shipmentId));
	}

	/** The shipment's fields at the top level, plus its timeline. */
	record ShipmentDetails(@JsonUnwrapped ShipmentQueries.Shipment shipment,
			List<ShipmentQueries.TimelineEntry> timeline) {
	}

	static final class ShipmentNotFound extends TrackingFailure {

		ShipmentNotFound(UUID shipmentId) {
			super(Kind.NOT_FOUND, "No shipment " + shipmentId + " is tracked");
		}

	}

}
