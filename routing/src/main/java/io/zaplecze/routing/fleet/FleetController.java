package io.zaplecze.routing.fleet;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The fleet: {@code /api/v1/routing/vehicles}. */
@RestController
@RequestMapping("/api/v1/routing/vehicles")
class FleetController {

	private final FleetService fleet;

	FleetController(FleetService fleet) {
		this.fleet = fleet;
	}

	@GetMapping
	List<FleetVehicle> list() {
		return this.fleet.list();
	}

	@GetMapping("/{id}")
	FleetVehicle get(@PathVariable UUID id) {
		return this.fleet.get(id);
	}

	@PostMapping
	ResponseEntity<FleetVehicle> create(@Valid @RequestBody VehicleRequest request) {
		FleetVehicle v = this.fleet.create(request);
		return ResponseEntity.created(URI.create("/api/v1/routing/vehicles/" + v.id())).body(v);
	}

	@PutMapping("/{id}")
	FleetVehicle replace(@PathVariable UUID id, @Valid @RequestBody VehicleRequest request) {
		return this.fleet.replace(id, request);
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable UUID id) {
		this.fleet.delete(id);
		return ResponseEntity.noContent().build();
	}

}
