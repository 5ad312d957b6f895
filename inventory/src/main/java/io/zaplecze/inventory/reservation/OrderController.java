package io.zaplecze.inventory.reservation;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import io.zaplecze.inventory.InventoryFailure.UnknownOrder;
import io.zaplecze.inventory.reservation.Orders.OrderRef;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/inventory/orders")
@Tag(name = "Inventory: orders", description = "Order references inventory accepts reservations for "
		+ "(orders themselves belong to the warehouse)")
class OrderController {

	private final Orders orders;

	OrderController(Orders orders) {
		this.orders = orders;
	}

	@PutMapping("/{orderId}")
	@Operation(summary = "Registers an order id (201 when new, 200 when known); idempotent by id")
	ResponseEntity<OrderRef> register(@PathVariable UUID orderId,
			@Valid @RequestBody(required = false) @Nullable RegisterOrderRequest request) {
		boolean created = this.orders.register(orderId, (request != null) ? request.reference() : null);
		OrderRef order = this.orders.find(orderId).orElseThrow();
		return created ? ResponseEntity.created(URI.create("/api/v1/inventory/orders/" + orderId)).body(order)
				: ResponseEntity.ok(order);
	}

	@GetMapping("/{orderId}")
	@Operation(summary = "A registered order")
	OrderRef get(@PathVariable UUID orderId) {
		return this.orders.find(orderId).orElseThrow(() -> new UnknownOrder(orderId));
	}

	/** An order's human reference, e.g. its number. */
	record RegisterOrderRequest(@Nullable @Size(max = 100) String reference) {
	}

}
