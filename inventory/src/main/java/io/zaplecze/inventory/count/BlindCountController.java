package io.zaplecze.inventory.count;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.zaplecze.inventory.StockControl;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/inventory/blind-counts")
@Tag(name = "Inventory: cycle counts")
class BlindCountController {

	private final StockControl control;

	BlindCountController(StockControl control) {
		this.control = control;
	}

	@GetMapping
	@Operation(summary = "Open count tasks of a site for the counter: location, reason and products, never the quantities on the books",
			description = "Results are posted to /api/v1/inventory/cycle-counts/{id}/results.")
	List<StockControl.BlindCount> open(@RequestParam String siteId) {
		return this.control.openCounts(siteId);
	}

	@PostMapping
	@Operation(summary = "Ask for a count of a location (its open task if it has one)")
	ResponseEntity<Map<String, UUID>> request(@Valid @RequestBody RequestCount request) {
		return ResponseEntity.ok(Map.of("id", this.control.requestCount(request.locationId(), request.reason())));
	}

	record RequestCount(@NotBlank @Size(max = 64) String locationId, @NotBlank @Size(max = 200) String reason) {
	}

}
