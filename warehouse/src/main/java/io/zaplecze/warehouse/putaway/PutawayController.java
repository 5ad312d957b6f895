package io.zaplecze.warehouse.putaway;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import io.zaplecze.warehouse.layout.LayoutService;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/warehouse")
@Tag(name = "Warehouse putaway", description = "Putaway tasks with suggested bins")
class PutawayController {

	private final PutawayService putaway;

	private final LayoutService layout;

	PutawayController(PutawayService putaway, LayoutService layout) {
		this.putaway = putaway;
		this.layout = layout;
	}

	@GetMapping("/sites/{site}/putaway-tasks")
	@Operation(summary = "Open putaway tasks of a site")
	List<PutawayService.TaskView> open(@PathVariable String site) {
		return this.putaway.open(this.layout.site(site).id());
	}

	@GetMapping("/putaway-tasks/{id}")
	@Operation(summary = "A putaway task")
	PutawayService.TaskView task(@PathVariable UUID id) {
		return this.putaway.task(id);
	}

	@PostMapping("/putaway-tasks/{id}/confirm")
	@Operation(summary = "Confirm a putaway into the suggested bin or the bin named; moves the stock",
			description = "Unknown bin → 404; wrong temperature class, capacity or level limit → 422; confirmed twice → 409.")
	PutawayService.TaskView confirm(@PathVariable UUID id, @RequestBody(required = false) @Nullable ConfirmPutawayRequest request) {
		return this.putaway.confirm(id, (request != null) ? request.bin() : null);
	}

	record ConfirmPutawayRequest(@Nullable String bin) {
	}

}
