package io.zaplecze.warehouse.loading;

import java.security.Principal;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import io.zaplecze.warehouse.claims.Person;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/warehouse")
@Tag(name = "Warehouse floor: packing and loading", description = "Handling units per route, label scans, loading by scan")
class LoadingFloorController {

	private final LoadingFloor floor;

	LoadingFloorController(LoadingFloor floor) {
		this.floor = floor;
	}

	@GetMapping("/routes/{routeId}/packing")
	@Operation(summary = "A route's orders in stop order with their handling units (sealed or not)")
	LoadingFloor.PackingList packing(@PathVariable UUID routeId) {
		return this.floor.packing(routeId);
	}

	@PostMapping("/routes/{routeId}/seals")
	@Operation(summary = "Close a handling unit by scanning its printed label", description = "Not a unit of the route → 422 wrong-scan.")
	LoadingFloor.PackedUnit seal(@PathVariable UUID routeId, @Valid @RequestBody LabelScanRequest request,
			@Nullable Principal principal) {
		return this.floor.seal(routeId, request.labelScan(), Person.of(principal));
	}

	@GetMapping("/routes/{routeId}/loading")
	@Operation(summary = "Loading list (last stop first) with the dock door, units in the van and the next unit")
	LoadingFloor.LoadingProgress progress(@PathVariable UUID routeId) {
		return this.floor.progress(routeId);
	}

	@PostMapping("/routes/{routeId}/load-scans")
	@Operation(summary = "Scan a handling unit into the van at the dock door; the last one confirms the route loaded",
			description = "Wrong dock or a unit of another route → 422 wrong-scan; a unit of an earlier stop while later "
					+ "stops' units are out → 409 load-order-broken; loading taken by someone else → 409.")
	LoadingFloor.LoadingProgress scan(@PathVariable UUID routeId, @Valid @RequestBody LoadScanRequest request,
			@Nullable Principal principal) {
		return this.floor.scan(routeId, request.dockScan(), request.labelScan(), Person.of(principal));
	}

	@PostMapping("/routes/{routeId}/load-complete")
	@Operation(summary = "Close the loading", description = "Units not scanned into the van → 409 units-missing naming them.")
	LoadingFloor.LoadingProgress complete(@PathVariable UUID routeId) {
		return this.floor.complete(routeId);
	}

	record LabelScanRequest(@NotBlank @Size(max = 128) String labelScan) {
	}

	record LoadScanRequest(@NotBlank @Size(max = 32) String dockScan, @NotBlank @Size(max = 128) String labelScan) {
	}

}
