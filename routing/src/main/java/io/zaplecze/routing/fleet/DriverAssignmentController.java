package io.zaplecze.routing.fleet;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.zaplecze.routing.DriverAssignments.DriverAssignment;

/** Drivers on vehicles per day: {@code /api/v1/routing/assignments}. */
@RestController
@RequestMapping("/api/v1/routing/assignments")
class DriverAssignmentController {

	private final DriverAssignmentService assignments;

	DriverAssignmentController(DriverAssignmentService assignments) {
		this.assignments = assignments;
	}

	@GetMapping
	List<DriverAssignment> assignments(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		return this.assignments.on(date);
	}

	/** The caller's own assignment of the day (a driver's "which van am I on"). */
	@GetMapping("/mine")
	DriverAssignment mine(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@Nullable Principal principal) {
		String driver = (principal != null) ? principal.getName() : "";
		return this.assignments.of(date, driver).orElseThrow(() -> new NoDriverAssignment(driver, date));
	}

	@PutMapping("/{date}/{driver}")
	DriverAssignment assign(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@PathVariable String driver, @Valid @RequestBody AssignRequest request) {
		return this.assignments.assign(date, driver, request.vehicleId());
	}

	@DeleteMapping("/{date}/{driver}")
	ResponseEntity<Void> unassign(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@PathVariable String driver) {
		this.assignments.unassign(date, driver);
		return ResponseEntity.noContent().build();
	}

	/** @param vehicleId the vehicle the driver drives that day */
	record AssignRequest(@NotNull UUID vehicleId) {
	}

}
