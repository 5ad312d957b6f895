package io.zaplecze.routing.delivery;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Deliveries routing has taken in: {@code /api/v1/routing/deliveries}. */
@RestController
@RequestMapping("/api/v1/routing/deliveries")
class DeliveryController {

	private final DeliveryService deliveries;

	DeliveryController(DeliveryService deliveries) {
		this.deliveries = deliveries;
	}

	@GetMapping
	List<Delivery> forDate(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		return this.deliveries.forDate(date);
	}

	@GetMapping("/{shipmentId}")
	Delivery get(@PathVariable UUID shipmentId) {
		return this.deliveries.get(shipmentId);
	}

}
