package io.zaplecze.warehouse.picking;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import io.zaplecze.warehouse.claims.Person;
import io.zaplecze.warehouse.claims.TaskClaims;
import io.zaplecze.warehouse.claims.TaskType;

import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.DeleteMapping;
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
@Tag(name = "Warehouse floor: picking", description = "Waves per route, pick lists, taking a wave, confirming by scan")
class PickFloorController {

	private final PickFloor floor;

	private final TaskClaims claims;

	PickFloorController(PickFloor floor, TaskClaims claims) {
		this.floor = floor;
		this.claims = claims;
	}

	@GetMapping("/sites/{site}/pick-routes")
	@Operation(summary = "The day's waves per route, routes in departure order, with progress and pickers")
	List<PickFloor.RouteWaves> routes(@PathVariable String site, @RequestParam LocalDate date) {
		return this.floor.routes(site, date);
	}

	@GetMapping("/waves/{id}/pick-list")
	@Operation(summary = "A wave's pick list in walking order: aisle, bay, level, product, the lot FEFO/FIFO chose")
	PickFloor.PickList pickList(@PathVariable UUID id) {
		return this.floor.pickList(id);
	}

	@PostMapping("/waves/{id}/claim")
	@Operation(summary = "Take a wave (and start it)", description = "Taken by someone else → 409 naming them.")
	PickFloor.PickList claim(@PathVariable UUID id, @Nullable Principal principal) {
		return this.floor.take(id, Person.of(principal));
	}

	@DeleteMapping("/waves/{id}/claim")
	@Operation(summary = "Give a wave back")
	ResponseEntity<Void> release(@PathVariable UUID id, @Nullable Principal principal) {
		this.claims.release(TaskType.PICK_WAVE, id, Person.of(principal));
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/pick-tasks/{id}/scan-confirm")
	@Operation(summary = "Confirm a pick by scanning bin, product and lot; fewer units than asked is a short pick",
			description = "Wrong bin, product or lot → 422 wrong-scan and nothing changes; wave taken by someone else → 409; "
					+ "a short pick answers what happens next (count task, replacement picks, order at risk).")
	PickFloor.PickOutcome scanConfirm(@PathVariable UUID id, @Valid @RequestBody ScanPickRequest request,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey,
			@Nullable Principal principal) {
		// Pickers of one order in other zones may change the order (or the wave) at the same moment:
		// the loser of that optimistic lock is redone in a fresh transaction, it changed nothing.
		for (int attempt = 1;; attempt++) {
			try {
				return this.floor.confirm(id, request.binScan(), request.productScan(), request.lotScan(), request.quantity(),
						idempotencyKey, Person.of(principal));
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				if (attempt >= CONFIRM_ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	private static final int CONFIRM_ATTEMPTS = 3;

	record ScanPickRequest(@NotBlank @Size(max = 128) String binScan, @NotBlank @Size(max = 128) String productScan,
			@NotBlank @Size(max = 128) String lotScan, @PositiveOrZero int quantity) {
	}

}
