package io.zaplecze.warehouse.replenishment;

import java.security.Principal;
import java.util.List;
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
@Tag(name = "Warehouse floor: replenishment", description = "Pick-face refills from reserve bins as tasks")
class ReplenishmentTaskController {

	private final ReplenishmentTasks tasks;

	ReplenishmentTaskController(ReplenishmentTasks tasks) {
		this.tasks = tasks;
	}

	@PostMapping("/sites/{site}/replenishment-tasks/generate")
	@Operation(summary = "Create tasks for pick faces below a quarter of their capacity; returns the open tasks")
	List<ReplenishmentTasks.TaskView> generate(@PathVariable String site) {
		return this.tasks.generate(site);
	}

	@GetMapping("/sites/{site}/replenishment-tasks")
	@Operation(summary = "Open replenishment tasks of a site")
	List<ReplenishmentTasks.TaskView> open(@PathVariable String site) {
		return this.tasks.open(site);
	}

	@PostMapping("/replenishment-tasks/{id}/claim")
	@Operation(summary = "Take a replenishment task", description = "Taken by someone else → 409 naming them.")
	ReplenishmentTasks.TaskView claim(@PathVariable UUID id, @Nullable Principal principal) {
		return this.tasks.take(id, Person.of(principal));
	}

	@PostMapping("/replenishment-tasks/{id}/scan-confirm")
	@Operation(summary = "Confirm by scanning the reserve bin, the product and the pick face; moves the stock",
			description = "A wrong scan → 422 wrong-scan, nothing changes; done already → 409.")
	ReplenishmentTasks.TaskView confirm(@PathVariable UUID id, @Valid @RequestBody ScanReplenishmentRequest request,
			@Nullable Principal principal) {
		return this.tasks.confirm(id, request.fromBinScan(), request.productScan(), request.toBinScan(), Person.of(principal));
	}

	record ScanReplenishmentRequest(@NotBlank @Size(max = 128) String fromBinScan,
			@NotBlank @Size(max = 128) String productScan, @NotBlank @Size(max = 128) String toBinScan) {
	}

}
