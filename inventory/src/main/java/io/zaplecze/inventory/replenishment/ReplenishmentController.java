package io.zaplecze.inventory.replenishment;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.jspecify.annotations.Nullable;

import io.zaplecze.inventory.replenishment.Replenishment.Rule;
import io.zaplecze.inventory.replenishment.Replenishment.Suggestion;
import io.zaplecze.inventory.web.PageRequest;
import io.zaplecze.inventory.web.PageResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/inventory/replenishment")
@Tag(name = "Inventory: replenishment", description = "Min/max rules per SKU and site, and suggestions. "
		+ "A site is the part of a location id before the first separator (zaplecze.inventory.site-separator).")
class ReplenishmentController {

	private final Replenishment replenishment;

	ReplenishmentController(Replenishment replenishment) {
		this.replenishment = replenishment;
	}

	@GetMapping("/rules")
	@Operation(summary = "Lists min/max rules")
	PageResponse<Rule> rules(@RequestParam(required = false) @Nullable String siteId,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return this.replenishment.rules(siteId, new PageRequest(page, size));
	}

	@PutMapping("/rules/{siteId}/{sku}")
	@Operation(summary = "Sets the min/max rule of a SKU at a site")
	Rule put(@PathVariable String siteId, @PathVariable String sku, @Valid @RequestBody RuleRequest request) {
		return this.replenishment.put(new Rule(siteId, sku, request.minQuantity(), request.maxQuantity()));
	}

	@DeleteMapping("/rules/{siteId}/{sku}")
	@Operation(summary = "Removes a rule")
	ResponseEntity<Void> delete(@PathVariable String siteId, @PathVariable String sku) {
		this.replenishment.delete(siteId, sku);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/suggestions")
	@Operation(summary = "SKUs whose usable available stock at a site fell below the minimum, with the quantity "
			+ "that brings them to the maximum")
	List<Suggestion> suggestions(@RequestParam(required = false) @Nullable String siteId) {
		return this.replenishment.suggestions(siteId);
	}

	/** Minimum and maximum in the SKU's unit. */
	record RuleRequest(@PositiveOrZero int minQuantity, @Positive int maxQuantity) {
	}

}
