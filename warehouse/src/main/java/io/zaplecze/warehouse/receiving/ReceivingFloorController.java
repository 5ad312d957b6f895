package io.zaplecze.warehouse.receiving;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/warehouse")
@Tag(name = "Warehouse floor: receiving", description = "The day's deliveries and receipts confirmed by scan")
class ReceivingFloorController {

	private final ReceivingFloor floor;

	ReceivingFloorController(ReceivingFloor floor) {
		this.floor = floor;
	}

	@GetMapping("/sites/{site}/receiving")
	@Operation(summary = "Open deliveries announced for the day (and open blind receipts) with progress per product")
	List<ReceivingFloor.DeliveryProgress> open(@PathVariable String site, @RequestParam LocalDate date) {
		return this.floor.open(site, date);
	}

	@GetMapping("/inbound-deliveries/{id}/progress")
	@Operation(summary = "A delivery with expected, received, damaged, missing and over per product")
	ReceivingFloor.DeliveryProgress progress(@PathVariable UUID id) {
		return this.floor.progress(id);
	}

	@PostMapping("/inbound-deliveries/{id}/scan-receipts")
	@Operation(summary = "Book a line by scanning the product (GTIN or SKU) and lot; expiry checked against the product's shelf life",
			description = "Unknown product barcode → 422 wrong-scan; expiry too close → 422 shelf-life-too-short; "
					+ "closed delivery → 409. Damaged units go to the site's quarantine, which is never allocated.")
	ResponseEntity<ReceivingFloor.DeliveryProgress> receive(@PathVariable UUID id,
			@RequestHeader("Idempotency-Key") String idempotencyKey, @Valid @RequestBody ScanReceiptRequest request) {
		return ResponseEntity.status(201)
			.body(this.floor.receive(id, idempotencyKey, request.productScan(), request.lotScan(), request.expiryDate(),
					request.quantity(), request.damagedQuantity()));
	}

	record ScanReceiptRequest(@NotBlank @Size(max = 128) String productScan, @NotBlank @Size(max = 128) String lotScan,
			@Nullable LocalDate expiryDate, @PositiveOrZero int quantity, @PositiveOrZero int damagedQuantity) {

		ScanReceiptRequest {
			if (quantity + damagedQuantity <= 0) {
				throw new IllegalArgumentException("A receipt counts at least one unit: quantity + damagedQuantity must be at least 1");
			}
		}

	}

}
