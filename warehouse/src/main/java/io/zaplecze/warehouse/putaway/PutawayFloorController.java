package io.zaplecze.warehouse.putaway;

import java.security.Principal;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import io.zaplecze.warehouse.claims.Person;
import io.zaplecze.warehouse.claims.TaskClaims;
import io.zaplecze.warehouse.claims.TaskType;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/warehouse")
@Tag(name = "Warehouse floor: putaway", description = "Next putaway task, taking a task, confirming by scan")
class PutawayFloorController {

	private final PutawayGuide guide;

	private final TaskClaims claims;

	PutawayFloorController(PutawayGuide guide, TaskClaims claims) {
		this.guide = guide;
		this.claims = claims;
	}

	@PostMapping("/sites/{site}/putaway-tasks/next")
	@Operation(summary = "Take the next putaway task (the one you hold, else the oldest free one) with the bin to go to and why",
			description = "204 when there is nothing to put away.")
	ResponseEntity<PutawayGuide.PutawayStep> next(@PathVariable String site, @Nullable Principal principal) {
		return this.guide.next(site, Person.of(principal)).map(ResponseEntity::ok).orElse(ResponseEntity.noContent().build());
	}

	@PostMapping("/putaway-tasks/{id}/claim")
	@Operation(summary = "Take a putaway task", description = "Taken by someone else → 409 naming them.")
	PutawayGuide.PutawayStep claim(@PathVariable UUID id, @Nullable Principal principal) {
		return this.guide.take(id, Person.of(principal));
	}

	@DeleteMapping("/putaway-tasks/{id}/claim")
	@Operation(summary = "Give a putaway task back")
	ResponseEntity<Void> release(@PathVariable UUID id, @Nullable Principal principal) {
		this.claims.release(TaskType.PUTAWAY, id, Person.of(principal));
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/putaway-tasks/{id}/scan-confirm")
	@Operation(summary = "Confirm a putaway by scanning the bin label; another bin than the suggested one needs a reason",
			description = "Not a bin label of the site → 422 wrong-scan; other bin without reason → 422 reason-required; "
					+ "bin rules broken → 422; taken by someone else → 409; nothing changes on a refusal.")
	PutawayService.TaskView scanConfirm(@PathVariable UUID id, @Valid @RequestBody ScanPutawayRequest request,
			@Nullable Principal principal) {
		return this.guide.confirm(id, request.binScan(), request.reason(), Person.of(principal));
	}

	record ScanPutawayRequest(@NotBlank @Size(max = 128) String binScan, @Nullable @Size(max = 200) String reason) {
	}

}
