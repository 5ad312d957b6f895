package io.zaplecze.warehouse.picking;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;
import org.jspecify.annotations.Nullable;

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
@Tag(name = "Warehouse picking", description = "Pick waves per route and zone, pick lists in walking order, confirmations")
class PickingController {

	private final WaveService waves;

	private final PickingService picking;

	PickingController(WaveService waves, PickingService picking) {
		this.waves = waves;
		this.picking = picking;
	}

	@GetMapping("/sites/{site}/waves")
	@Operation(summary = "The day's pick waves of a site with their schedule and pick lists")
	List<WaveService.WaveView> waves(@PathVariable String site, @RequestParam LocalDate date) {
		return this.waves.waves(site, date);
	}

	@GetMapping("/waves/{id}")
	@Operation(summary = "A wave's pick list in walking order")
	WaveService.WaveView wave(@PathVariable UUID id) {
		return this.waves.wave(id);
	}

	@PostMapping("/waves/{id}/start")
	@Operation(summary = "A picker starts the wave (a re-plan no longer replaces it)")
	WaveService.WaveView start(@PathVariable UUID id) {
		return this.waves.start(id);
	}

	@PostMapping("/pick-tasks/{id}/confirm")
	@Operation(summary = "Confirm a pick; fewer units than asked is a short pick (re-allocated or reported)",
			description = "Confirming twice → 409 (a retry with the same Idempotency-Key returns the first outcome).")
	WaveService.TaskView confirm(@PathVariable UUID id, @Valid @RequestBody ConfirmPickRequest request,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey) {
		return this.picking.confirm(id, request.quantity(), idempotencyKey);
	}

	record ConfirmPickRequest(@PositiveOrZero int quantity) {
	}

}
