package io.zaplecze.inventory.product;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import io.zaplecze.inventory.InventoryFailure.StateConflict;
import io.zaplecze.inventory.ProductView;
import io.zaplecze.inventory.RotationPolicy;
import io.zaplecze.inventory.TemperatureClass;
import io.zaplecze.inventory.web.PageRequest;
import io.zaplecze.inventory.web.PageResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/inventory/products")
@Tag(name = "Inventory: products", description = "The SKU catalogue")
class ProductController {

	private final Products products;

	ProductController(Products products) {
		this.products = products;
	}

	@GetMapping
	@Operation(summary = "Lists products, optionally filtered by a text in SKU or name and by temperature class")
	PageResponse<ProductView> list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable TemperatureClass temperatureClass,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return this.products.page(q, temperatureClass, new PageRequest(page, size));
	}

	@GetMapping("/{sku}")
	@Operation(summary = "One product")
	ProductView get(@PathVariable String sku) {
		return this.products.require(sku);
	}

	@PostMapping
	@Operation(summary = "Creates a product (409 if the SKU exists; use PUT to update)")
	ResponseEntity<ProductView> create(@Valid @RequestBody CreateProductRequest request) {
		ProductView product = request.toView();
		if (!this.products.createIfAbsent(product)) {
			throw new StateConflict("Product " + product.sku() + " already exists");
		}
		return ResponseEntity.created(URI.create("/api/v1/inventory/products/" + product.sku())).body(product);
	}

	@PutMapping("/{sku}")
	@Operation(summary = "Creates or updates a product (201 when created, 200 when updated)")
	ResponseEntity<ProductView> put(@PathVariable String sku, @Valid @RequestBody ProductDetails request) {
		ProductView product = request.toView(sku);
		boolean created = this.products.save(product);
		return created ? ResponseEntity.created(URI.create("/api/v1/inventory/products/" + sku)).body(product)
				: ResponseEntity.ok(product);
	}

	/** A new product. */
	record CreateProductRequest(@NotBlank @Pattern(regexp = Products.SKU_PATTERN) String sku,
			@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 20) String unit,
			@PositiveOrZero long weightGrams, @PositiveOrZero long volumeCm3, @NotNull TemperatureClass temperatureClass,
			@NotNull RotationPolicy rotationPolicy, @Min(0) @Max(3650) int minShelfLifeDays) {

		ProductView toView() {
			return new ProductDetails(this.name, this.unit, this.weightGrams, this.volumeCm3, this.temperatureClass,
					this.rotationPolicy, this.minShelfLifeDays)
				.toView(this.sku);
		}

	}

	/** A product's details (the SKU is in the path). */
	record ProductDetails(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 20) String unit,
			@PositiveOrZero long weightGrams, @PositiveOrZero long volumeCm3, @NotNull TemperatureClass temperatureClass,
			@NotNull RotationPolicy rotationPolicy, @Min(0) @Max(3650) int minShelfLifeDays) {

		ProductView toView(String sku) {
			return new ProductView(sku, this.name, this.unit, this.weightGrams, this.volumeCm3, this.temperatureClass,
					this.rotationPolicy, this.minShelfLifeDays);
		}

	}

}
