package io.zaplecze.inventory.price;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import org.jspecify.annotations.Nullable;

import io.zaplecze.inventory.ProductPrice;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/inventory")
@Tag(name = "Inventory: prices", description = "Unit cost and sales price per product and site, with history: "
		+ "a new price supersedes the old one from its validFrom, past prices never change")
class PriceController {

	private final PriceBook prices;

	PriceController(PriceBook prices) {
		this.prices = prices;
	}

	@PostMapping("/products/{sku}/prices/{site}")
	@Operation(summary = "Records a price from validFrom (default now; never in the past). 201; 409 for another "
			+ "currency than the site's or a second price at the same instant")
	ResponseEntity<ProductPrice> record(@PathVariable String sku, @PathVariable String site,
			@Valid @RequestBody PriceRequest request) {
		ProductPrice price = this.prices.record(new PriceBook.NewPrice(sku, site, request.currency(), request.unitCost(),
				request.salesPrice(), request.validFrom()));
		return ResponseEntity.created(URI.create("/api/v1/inventory/products/" + sku + "/prices/" + site)).body(price);
	}

	@GetMapping("/products/{sku}/prices/{site}")
	@Operation(summary = "The price history of a product at a site, newest first")
	List<ProductPrice> history(@PathVariable String sku, @PathVariable String site) {
		return this.prices.history(sku, site);
	}

	@GetMapping("/prices")
	@Operation(summary = "The price list of a site valid at an instant (default now)")
	List<ProductPrice> priceList(@RequestParam String site, @RequestParam(required = false) @Nullable Instant at) {
		return this.prices.priceList(site, (at != null) ? at : Instant.now());
	}

	/** A new price; amounts in the site's currency. */
	record PriceRequest(@NotNull @Pattern(regexp = "[A-Z]{3}") String currency, @NotNull @PositiveOrZero BigDecimal unitCost,
			@NotNull @PositiveOrZero BigDecimal salesPrice, @Nullable Instant validFrom) {
	}

}
