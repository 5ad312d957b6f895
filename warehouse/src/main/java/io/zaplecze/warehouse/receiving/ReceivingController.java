package io.zaplecze.warehouse.receiving;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/warehouse")
@Tag(name = "Warehouse receiving", description = "Announced deliveries, blind receipts, discrepancies")
class ReceivingController {

	private final ReceivingService receiving;

	ReceivingController(ReceivingService receiving) {
		this.receiving = receiving;
	}

	@PostMapping("/sites/{site}/inbound-deliveries")
	@Operation(summary = "Announce a supplier delivery (expected lines) or open a blind receipt (blind=true, no lines)")
	ResponseEntity<ReceivingService.DeliveryView> announce(@PathVariable String site,
			@Valid @RequestBody AnnounceDeliveryRequest request) {
		Map<String, Integer> expected = new LinkedHashMap<>();
		if (request.lines() != null) {
			request.lines().forEach((l) -> expected.merge(l.sku(), l.quantity(), Integer::sum));
		}
		UUID id = this.receiving.announce(site, request.reference(), request.supplier(), request.expectedOn(),
				request.blind(), expected);
		return ResponseEntity.created(URI.create("/api/v1/warehouse/inbound-deliveries/" + id))
			.body(this.receiving.delivery(id));
	}

	@GetMapping("/sites/{site}/inbound-deliveries")
	@Operation(summary = "Deliveries of a site, newest first")
	List<ReceivingService.DeliveryView> deliveries(@PathVariable String site) {
		return this.receiving.deliveries(site);
	}

	@GetMapping("/inbound-deliveries/{id}")
	@Operation(summary = "A delivery with receipts, putaway tasks and discrepancies")
	ReceivingService.DeliveryView delivery(@PathVariable UUID id) {
		return this.receiving.delivery(id);
	}

	@PostMapping("/inbound-deliveries/{id}/receipts")
	@Operation(summary = "Book a counted line (lot, expiry, good and damaged units); retried with the same Idempotency-Key it changes nothing",
			description = "Against a closed delivery → 409.")
	ResponseEntity<ReceivingService.DeliveryView> receive(@PathVariable UUID id,
			@RequestHeader("Idempotency-Key") String idempotencyKey,
			@Valid @RequestBody ReceiveLineRequest request) {
		UUID receipt = this.receiving.receive(id, idempotencyKey, request.sku(), request.lotNumber(), request.expiryDate(),
				request.quantity(), request.damagedQuantity());
		return ResponseEntity.created(URI.create("/api/v1/warehouse/inbound-deliveries/" + id + "#" + receipt))
			.body(this.receiving.delivery(id));
	}

	@PostMapping("/inbound-deliveries/{id}/close")
	@Operation(summary = "Close a delivery and report short, over and damaged quantities")
	ReceivingService.DeliveryView close(@PathVariable UUID id) {
		return this.receiving.close(id);
	}

	record AnnounceDeliveryRequest(@NotBlank @Size(max = 64) String reference, @NotBlank String supplier,
			@Nullable LocalDate expectedOn, boolean blind, @Nullable List<@Valid ExpectedLineRequest> lines) {
	}

	record ExpectedLineRequest(@NotBlank String sku, @Positive int quantity) {
	}

	record ReceiveLineRequest(@NotBlank String sku, @NotBlank @Size(max = 64) String lotNumber,
			@Nullable LocalDate expiryDate, @PositiveOrZero int quantity, @PositiveOrZero int damagedQuantity) {

		ReceiveLineRequest {
			if (quantity + damagedQuantity <= 0) {
				throw new IllegalArgumentException("A receipt counts at least one unit: quantity + damagedQuantity must be at least 1");
			}
		}

	}

}
