package io.zaplecze.inventory.reservation;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import io.zaplecze.inventory.Allocation;
import io.zaplecze.inventory.StockCommands.ConsumeReservation;
import io.zaplecze.inventory.StockCommands.ReserveStock;
import io.zaplecze.inventory.command.CommandRetry;
import io.zaplecze.inventory.reservation.ReservationService.UnknownOrders;
import io.zaplecze.inventory.web.PageRequest;
import io.zaplecze.inventory.web.PageResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/inventory/reservations")
@Tag(name = "Inventory: reservations", description = "Reservations by rotation policy (FEFO/FIFO/LIFO) for "
		+ "registered orders, with backorders, release and picks. Commands take an Idempotency-Key header.")
class ReservationController {

	private final ReservationService reservations;

	private final Reserving reserving;

	private final CommandRetry retry;

	ReservationController(ReservationService reservations, Reserving reserving, CommandRetry retry) {
		this.reservations = reservations;
		this.reserving = reserving;
		this.retry = retry;
	}

	@PostMapping
	@Operation(summary = "Reserves a quantity for an order line; the order must be registered first (404 otherwise). "
			+ "What cannot be allocated is backordered.")
	ResponseEntity<Allocation> reserve(@RequestHeader("Idempotency-Key") String key,
			@Valid @RequestBody ReserveRequest request) {
		Allocation allocation = this.reserving.reserve(new ReserveStock(key, request.orderId(), request.orderLineId(),
				request.sku(), request.quantity(), request.deliveryDate()), UnknownOrders.REFUSE);
		return ResponseEntity.created(URI.create("/api/v1/inventory/reservations/" + allocation.reservationId()))
			.body(allocation);
	}

	@GetMapping
	@Operation(summary = "Lists reservations by order, SKU, status (ACTIVE, RELEASED, FULFILLED) and backorder")
	PageResponse<ReservationView> list(@RequestParam(required = false) @Nullable UUID orderId,
			@RequestParam(required = false) @Nullable String sku,
			@RequestParam(required = false) @Nullable ReservationStatus status,
			@RequestParam(required = false) @Nullable Boolean backordered, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return this.reservations.page(orderId, sku, (status != null) ? status.name() : null, backordered,
				new PageRequest(page, size));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One reservation with its lines")
	ReservationView get(@PathVariable UUID id) {
		return this.reservations.require(id);
	}

	@PostMapping("/{id}/release")
	@Operation(summary = "Releases what is still promised and cancels the backorder (no-op when already closed)")
	ReservationView release(@PathVariable UUID id, @RequestHeader("Idempotency-Key") String key) {
		return this.retry.run(() -> this.reservations.release(id, key));
	}

	@PostMapping("/{id}/picks")
	@Operation(summary = "Picks reserved stock of one lot at one location (ledger PICK)")
	ReservationView pick(@PathVariable UUID id, @RequestHeader("Idempotency-Key") String key,
			@Valid @RequestBody PickRequest request) {
		return this.retry.run(() -> this.reservations
			.consume(new ConsumeReservation(key, id, request.lotNumber(), request.locationId(), request.quantity())));
	}

	/** The states of a reservation. */
	enum ReservationStatus {

		ACTIVE, RELEASED, FULFILLED

	}

	/** A reservation for a registered order's line. */
	record ReserveRequest(@NotNull UUID orderId, @NotBlank @Size(max = 100) String orderLineId, @NotBlank String sku,
			@Positive int quantity, @NotNull LocalDate deliveryDate) {
	}

	/** A pick of reserved stock. */
	record PickRequest(@NotBlank String lotNumber, @NotBlank String locationId, @Positive int quantity) {
	}

}
