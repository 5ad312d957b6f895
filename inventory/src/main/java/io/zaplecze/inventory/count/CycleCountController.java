package io.zaplecze.inventory.count;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import io.zaplecze.inventory.command.CommandRetry;
import io.zaplecze.inventory.count.CycleCounts.CountTask;
import io.zaplecze.inventory.count.CycleCounts.Counted;
import io.zaplecze.inventory.web.PageRequest;
import io.zaplecze.inventory.web.PageResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/inventory/cycle-counts")
@Tag(name = "Inventory: cycle counts", description = "Count tasks per location; variances post COUNT entries")
class CycleCountController {

	private final CycleCounts counts;

	private final CommandRetry retry;

	CycleCountController(CycleCounts counts, CommandRetry retry) {
		this.counts = counts;
		this.retry = retry;
	}

	@PostMapping
	@Operation(summary = "Creates one count task per location (409 if a location already has an open one)")
	ResponseEntity<List<CountTask>> create(@Valid @RequestBody CreateCountsRequest request) {
		List<CountTask> tasks = this.counts.create(request.locationIds());
		return ResponseEntity.created(URI.create("/api/v1/inventory/cycle-counts/" + tasks.getFirst().id()))
			.body(tasks);
	}

	@GetMapping
	@Operation(summary = "Lists count tasks by status (OPEN, COMPLETED, CANCELLED) and location")
	PageResponse<CountTask> list(@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String locationId, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return this.counts.page(status, locationId, new PageRequest(page, size));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One count task with its lines")
	CountTask get(@PathVariable UUID id) {
		return this.counts.require(id);
	}

	@PostMapping("/{id}/results")
	@Operation(summary = "Completes a count: lots not listed were counted as zero; every variance posts a COUNT "
			+ "ledger entry with the counted quantity and the reason")
	CountTask complete(@PathVariable UUID id, @RequestHeader("Idempotency-Key") String key,
			@Valid @RequestBody CountResultsRequest request) {
		List<Counted> counted = request.lines()
			.stream()
			.map(l -> new Counted(l.sku(), l.lotNumber(), l.countedQuantity()))
			.toList();
		return this.retry.run(() -> this.counts.complete(id, key, counted, request.reason()));
	}

	@PostMapping("/{id}/cancel")
	@Operation(summary = "Cancels an open count task")
	CountTask cancel(@PathVariable UUID id) {
		return this.counts.cancel(id);
	}

	/** Locations to count. */
	record CreateCountsRequest(@NotEmpty @Size(max = 500) List<@NotBlank @Size(max = 64) String> locationIds) {
	}

	/** What was counted, and why the variances are posted. */
	record CountResultsRequest(@NotNull List<@Valid CountedLine> lines, @NotBlank @Size(max = 200) String reason) {
	}

	/** One counted lot. */
	record CountedLine(@NotBlank String sku, @NotBlank String lotNumber, @PositiveOrZero int countedQuantity) {
	}

}
