package io.zaplecze.reporting.alert;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import io.zaplecze.reporting.alert.Alerts.Alert;
import io.zaplecze.reporting.alert.Alerts.Audience;
import io.zaplecze.reporting.alert.Alerts.Kind;
import io.zaplecze.warehouse.OrderManagement.DamagedLine;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/reporting")
@Tag(name = "Reporting: exceptions", description = "Alerts for dispatchers, the warehouse and the front office; "
		+ "expiry tasks; backorders; damage reports")
class ExceptionController {

	private final Alerts alerts;

	private final Tasks tasks;

	ExceptionController(Alerts alerts, Tasks tasks) {
		this.alerts = alerts;
		this.tasks = tasks;
	}

	@GetMapping("/alerts")
	@Operation(summary = "Alerts of a day (kind: DELAY, REPLAN_SUGGESTED, SHORT_PICK, DAMAGE, EXPIRY, BACKORDER; "
			+ "audience: DISPATCHER, WAREHOUSE, FRONT_OFFICE), newest first")
	List<Alert> alerts(@RequestParam LocalDate date, @RequestParam(required = false) @Nullable Kind kind,
			@RequestParam(required = false) @Nullable Audience audience,
			@RequestParam(defaultValue = "false") boolean openOnly) {
		return this.alerts.list(date, kind, audience, openOnly);
	}

	@PostMapping("/alerts/{id}/acknowledge")
	@Operation(summary = "Acknowledges an alert (204; 404 if unknown; a second call keeps the first acknowledgement)")
	ResponseEntity<Void> acknowledge(@PathVariable UUID id, java.security.Principal principal) {
		if (!this.alerts.acknowledge(id, (principal != null) ? principal.getName() : "unknown")) {
			throw new ExceptionRecordNotFound("alert", id);
		}
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/expiry-tasks")
	@Operation(summary = "Lots to sell first, move forward or scrap (from LotExpiring), soonest expiry first")
	List<Tasks.ExpiryTask> expiryTasks(@RequestParam(defaultValue = "true") boolean openOnly) {
		return this.tasks.expiryTasks(openOnly);
	}

	@PostMapping("/expiry-tasks/{id}/done")
	@Operation(summary = "Marks an expiry task done (204; 404 if unknown)")
	ResponseEntity<Void> expiryTaskDone(@PathVariable UUID id) {
		if (!this.tasks.completeExpiryTask(id)) {
			throw new ExceptionRecordNotFound("expiry task", id);
		}
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/backorders")
	@Operation(summary = "Backorders raised for deliveries from a day on (the order's current lines: warehouse orders API)")
	List<Tasks.Backorder> backorders(@RequestParam LocalDate from) {
		return this.tasks.backorders(from);
	}

	@PutMapping("/damage-reports/{shipmentId}")
	@Operation(summary = "Records which lines of a shipment were damaged and the photo reference; used when its "
			+ "FAILED/DAMAGED outcome is handled (without a report every line counts as damaged)")
	Tasks.DamageReport damageReport(@PathVariable UUID shipmentId, @Valid @RequestBody DamageReportRequest request) {
		return this.tasks.reportDamage(shipmentId,
				request.lines().stream().map(l -> new DamagedLine(l.sku(), l.quantity())).toList(), request.photoRef());
	}

	record DamageReportRequest(@NotNull @Size(max = 500) List<@Valid @NotNull LineRequest> lines,
			@Nullable @Size(max = 500) String photoRef) {
	}

	record LineRequest(@NotBlank String sku, @Positive int quantity) {
	}

}
