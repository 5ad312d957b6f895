package io.zaplecze.inventory.stock;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import io.zaplecze.inventory.web.PageRequest;
import io.zaplecze.inventory.web.PageResponse;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/inventory/lots")
@Tag(name = "Inventory: lots", description = "Lots, their expiry and quality holds")
class LotController {

	private final Lots lots;

	LotController(Lots lots) {
		this.lots = lots;
	}

	@GetMapping
	@Operation(summary = "Lists lots with their totals, by SKU and expiry")
	PageResponse<LotView> list(@RequestParam(required = false) @Nullable String sku,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return this.lots.page(sku, new PageRequest(page, size));
	}

	@GetMapping("/{sku}/{lotNumber}")
	@Operation(summary = "One lot with its totals")
	LotView get(@PathVariable String sku, @PathVariable String lotNumber) {
		return this.lots.require(sku, lotNumber);
	}

	@PutMapping("/{sku}/{lotNumber}/hold")
	@Operation(summary = "Puts a lot on quality hold: it is no longer allocated (existing reservations stay)")
	LotView hold(@PathVariable String sku, @PathVariable String lotNumber, @Valid @RequestBody HoldRequest request) {
		return this.lots.hold(sku, lotNumber, request.reason());
	}

	@DeleteMapping("/{sku}/{lotNumber}/hold")
	@Operation(summary = "Lifts a quality hold")
	LotView release(@PathVariable String sku, @PathVariable String lotNumber) {
		return this.lots.hold(sku, lotNumber, null);
	}

	/** Why a lot is held. */
	record HoldRequest(@NotBlank @Size(max = 200) String reason) {
	}

}
