package io.zaplecze.routing.plan;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import io.zaplecze.routing.DriverAssignments;
import io.zaplecze.routing.PlanAudience;
import io.zaplecze.routing.RoutePlanPublished;
import io.zaplecze.routing.fleet.NoDriverAssignment;

/** Plans: jobs, progress, versions, publishing, re-planning and pins under {@code /api/v1/routing/plans}. */
@RestController
@RequestMapping("/api/v1/routing/plans")
class PlanController {

	private final PlanningService planning;

	private final PublishService publishing;

	private final ProgressStreams progress;

	private final ObjectProvider<PlanAudience> audience;

	private final ObjectProvider<DriverAssignments> assignments;

	PlanController(PlanningService planning, PublishService publishing, ProgressStreams progress,
			ObjectProvider<PlanAudience> audience, ObjectProvider<DriverAssignments> assignments) {
		this.planning = planning;
		this.publishing = publishing;
		this.progress = progress;
		this.audience = audience;
		this.assignments = assignments;
	}

	@PostMapping("/jobs")
	ResponseEntity<PlanRequests.JobResponse> plan(@Valid @RequestBody PlanRequests.CreatePlanJobRequest request,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
		PlanningJob job = this.planning.plan(request.date(), seconds(request.timeLimitSeconds()), key);
		return accepted(job);
	}

	@GetMapping("/jobs/{jobId}")
	PlanRequests.JobResponse job(@PathVariable UUID jobId) {
		return PlanRequests.JobResponse.of(this.planning.job(jobId));
	}

	@GetMapping(path = "/jobs/{jobId}/progress", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter progress(@PathVariable UUID jobId) {
		this.planning.job(jobId);
		return this.progress.open(jobId);
	}

	@PostMapping("/jobs/{jobId}/stop")
	ResponseEntity<PlanRequests.JobResponse> stop(@PathVariable UUID jobId) {
		return ResponseEntity.accepted().body(PlanRequests.JobResponse.of(this.planning.stop(jobId)));
	}

	@GetMapping("/jobs")
	List<PlanRequests.JobResponse> jobs(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		return this.planning.jobs(date).stream().map(PlanRequests.JobResponse::of).toList();
	}

	@GetMapping
	List<PlanRequests.VersionSummary> versions(
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		return this.publishing.versions(date).stream().map(PlanRequests.VersionSummary::of).toList();
	}

	@GetMapping("/{planId}/versions/{version}")
	PlanRequests.VersionResponse version(@PathVariable UUID planId, @PathVariable int version) {
		return PlanRequests.VersionResponse.of(this.publishing.version(planId, version));
	}

	@PostMapping("/{planId}/versions/{version}/publish")
	PublishedPlanView publish(@PathVariable UUID planId, @PathVariable int version,
			@RequestParam(defaultValue = "false") boolean force) {
		RoutePlanPublished published = this.publishing.publish(planId, version, force);
		return PublishedPlanView.of(this.publishing.published(published.date())
			.orElseThrow(() -> new NothingPublished(published.date())));
	}

	@GetMapping("/published")
	PublishedPlanView published(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		PublishedPlanView view = PublishedPlanView
			.of(this.publishing.published(date).orElseThrow(() -> new NothingPublished(date)));
		PlanAudience caller = this.audience.getIfAvailable();
		String driver = (caller != null) ? caller.driverOnly().orElse(null) : null;
		if (driver == null) {
			return view;
		}
		// A driver sees only the route of the vehicle assigned to them that day (issue #18).
		String vehicle = this.assignments.getObject()
			.of(date, driver)
			.orElseThrow(() -> new NoDriverAssignment(driver, date))
			.vehicleCode();
		return view.onlyVehicle(vehicle);
	}

	@PostMapping("/{planId}/replan")
	ResponseEntity<PlanRequests.JobResponse> replan(@PathVariable UUID planId,
			@Valid @RequestBody PlanRequests.ReplanRequest request,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
		PlanningJob job = this.planning.replan(planId, seconds(request.timeLimitSeconds()),
				request.vehiclesOut() == null ? List.of() : request.vehiclesOut(), request.at(), key);
		return accepted(job);
	}

	@GetMapping("/{planId}/pins")
	List<PlanRequests.PinResponse> pins(@PathVariable UUID planId) {
		return this.planning.pins(this.planning.dateOf(planId)).stream().map(PlanRequests.PinResponse::of).toList();
	}

	@PostMapping("/{planId}/pins")
	ResponseEntity<PlanRequests.PinResponse> pin(@PathVariable UUID planId,
			@Valid @RequestBody PlanRequests.PinRequest request) {
		LocalDate date = this.planning.dateOf(planId);
		ProblemAssembler.Pin pin = this.planning.pin(date, request.shipmentId(), request.vehicleId(), request.sequence());
		return ResponseEntity.created(URI.create("/api/v1/routing/plans/" + planId + "/pins/" + pin.shipmentId()))
			.body(PlanRequests.PinResponse.of(pin));
	}

	@DeleteMapping("/{planId}/pins/{shipmentId}")
	ResponseEntity<Void> unpin(@PathVariable UUID planId, @PathVariable UUID shipmentId) {
		this.planning.unpin(this.planning.dateOf(planId), shipmentId);
		return ResponseEntity.noContent().build();
	}

	private static @Nullable Duration seconds(@Nullable Integer seconds) {
		return seconds == null ? null : Duration.ofSeconds(seconds);
	}

	private static ResponseEntity<PlanRequests.JobResponse> accepted(PlanningJob job) {
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/routing/plans/jobs/" + job.id()))
			.body(PlanRequests.JobResponse.of(job));
	}

}
