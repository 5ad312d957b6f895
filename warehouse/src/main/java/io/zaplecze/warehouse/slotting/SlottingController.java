package io.zaplecze.warehouse.slotting;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import io.zaplecze.warehouse.layout.LayoutService;

import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/v1/warehouse")
@Tag(name = "Warehouse slotting", description = "Slots, order history and re-slot plans")
class SlottingController {

	private final SlottingService slotting;

	private final LayoutService layout;

	SlottingController(SlottingService slotting, LayoutService layout) {
		this.slotting = slotting;
		this.layout = layout;
	}

	@GetMapping("/sites/{site}/slots")
	@Operation(summary = "Current slots: SKU to pick-face bin")
	Map<String, String> slots(@PathVariable String site) {
		return this.slotting.slots(this.layout.site(site).id());
	}

	@PutMapping("/sites/{site}/slots/{sku}")
	@Operation(summary = "Assign a product to a pick-face bin")
	ResponseEntity<Void> assign(@PathVariable String site, @PathVariable String sku,
			@Valid @RequestBody AssignSlotRequest request) {
		this.slotting.assign(site, sku, request.bin());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/sites/{site}/order-history")
	@Operation(summary = "Record past orders for slotting (orders already recorded are skipped)")
	HistoryResponse recordHistory(@PathVariable String site, @Valid @RequestBody RecordHistoryRequest request) {
		UUID siteId = this.layout.site(site).id();
		int added = this.slotting.recordHistory(siteId, request.orders()
			.stream()
			.map((o) -> new SlottingService.HistoricalOrder(o.orderRef(), o.orderedOn(), o.lines()))
			.toList());
		return new HistoryResponse(added, this.slotting.historyLines(siteId));
	}

	@PostMapping("/sites/{site}/slotting-plans")
	@Operation(summary = "Propose a re-slot plan limited to maxMoves product moves, with the expected travel saving")
	ResponseEntity<PlanResponse> propose(@PathVariable String site,
			@RequestParam(defaultValue = "20") @Min(1) @Max(10_000) int maxMoves) {
		UUID id = this.slotting.propose(site, maxMoves);
		return ResponseEntity.created(URI.create("/api/v1/warehouse/slotting-plans/" + id))
			.body(PlanResponse.of(this.slotting.plan(id)));
	}

	@GetMapping("/slotting-plans/{id}")
	@Operation(summary = "A re-slot plan")
	PlanResponse plan(@PathVariable UUID id) {
		return PlanResponse.of(this.slotting.plan(id));
	}

	@PostMapping("/slotting-plans/{id}/apply")
	@Operation(summary = "Apply a re-slot plan: re-assign slots and move the pick-face stock")
	PlanResponse apply(@PathVariable UUID id) {
		return PlanResponse.of(this.slotting.apply(id));
	}

	record AssignSlotRequest(@NotBlank String bin) {
	}

	record RecordHistoryRequest(@NotEmpty @Size(max = 50_000) List<@Valid HistoricalOrderRequest> orders) {
	}

	record HistoricalOrderRequest(@NotBlank String orderRef, @NotNull LocalDate orderedOn,
			@NotEmpty Map<@NotBlank String, @Positive Integer> lines) {
	}

	record HistoryResponse(int ordersAdded, long linesStored) {
	}

	record PlanResponse(UUID id, int maxMoves, String status, List<ReslotPlan.Move> moves, double travelBeforeMeters,
			double travelAfterMeters, double savingPercent, int ordersEvaluated) {

		static PlanResponse of(SlottingService.StoredPlan p) {
			return new PlanResponse(p.id(), p.maxMoves(), p.status(), p.plan().moves(), p.plan().travelBeforeMeters(),
					p.plan().travelAfterMeters(), p.plan().savingPercent(), p.plan().ordersEvaluated());
		}

	}

}
