package io.zaplecze.warehouse.loading;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/warehouse")
@Tag(name = "Warehouse packing and loading", description = "Handling units and loading order per vehicle")
class LoadingController {

	private final LoadingService loading;

	LoadingController(LoadingService loading) {
		this.loading = loading;
	}

	@GetMapping("/orders/{id}/handling-units")
	@Operation(summary = "The parcels and pallets an order was packed into")
	List<LoadingService.UnitView> handlingUnits(@PathVariable UUID id) {
		return this.loading.handlingUnits(id);
	}

	@GetMapping("/routes/{routeId}/loading-list")
	@Operation(summary = "Loading order of a route's vehicle: last stop first, cold goods in the refrigerated compartment")
	LoadingService.LoadingList loadingList(@PathVariable UUID routeId) {
		return this.loading.loadingList(routeId);
	}

	@PostMapping("/routes/{routeId}/loaded")
	@Operation(summary = "Confirm the vehicle loaded (all orders packed); publishes LOADED",
			description = "Orders not packed yet → 409; cold goods without a refrigerated compartment → 422.")
	LoadingService.LoadingList loaded(@PathVariable UUID routeId) {
		return this.loading.confirmLoaded(routeId);
	}

}
