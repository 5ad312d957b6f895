package io.zaplecze.routing.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Wire types of the plans API. */
final class PlanRequests {

	private PlanRequests() {
	}

	/** Plan a day; {@code timeLimitSeconds} defaults to {@code zaplecze.routing.planning.default-time-limit}. */
	record CreatePlanJobRequest(@NotNull LocalDate date, @Nullable @Min(1) @Max(3600) Integer timeLimitSeconds) {
	}

	/**
	 * Re-plan the published plan from the live state.
	 * @param timeLimitSeconds solve time
	 * @param vehiclesOut vehicle codes taken out of service (breakdown)
	 * @param at the moment to re-plan from (default: now)
	 */
	record ReplanRequest(@Nullable @Min(1) @Max(3600) Integer timeLimitSeconds,
			@Nullable @Size(max = 200) List<@Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,39}") String> vehiclesOut,
			@Nullable Instant at) {
	}

	/** Pin a delivery to a vehicle; with a sequence, at the start of its route in sequence order. */
	record PinRequest(@NotNull UUID shipmentId, @NotNull @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,39}") String vehicleId,
			@Nullable @Min(1) @Max(1000) Integer sequence) {
	}

	/** A job as the API shows it, with links to follow it. */
	record JobResponse(UUID jobId, LocalDate date, String kind, String status, int timeLimitSeconds,
			Instant requestedAt, @Nullable Instant startedAt, @Nullable Instant finishedAt, @Nullable String bestScore,
			@Nullable UUID planId, @Nullable Integer version, @Nullable String error, String progress,
			@Nullable String plan) {

		static JobResponse of(PlanningJob j) {
			String base = "/api/v1/routing/plans/jobs/" + j.id();
			return new JobResponse(j.id(), j.date(), j.kind(), j.status(), j.timeLimitSeconds(), j.requestedAt(),
					j.startedAt(), j.finishedAt(), j.bestScore(), j.planId(), j.planVersion(), j.error(),
					base + "/progress", j.planId() == null ? null
							: "/api/v1/routing/plans/" + j.planId() + "/versions/" + j.planVersion());
		}

	}

	/** A stored version with its full content. */
	record VersionResponse(UUID planId, int version, LocalDate date, String status, String score, UUID jobId,
			Instant createdAt, @Nullable Instant publishedAt, PlanContent content) {

		static VersionResponse of(PlanRepository.Version v) {
			return new VersionResponse(v.planId(), v.version(), v.date(), v.status(), v.score(), v.jobId(), v.createdAt(),
					v.publishedAt(), v.content());
		}

	}

	/** A version in a list: its numbers, not its routes. */
	record VersionSummary(UUID planId, int version, String status, String score, boolean feasible,
			PlanContent.Totals totals, int unassigned, Instant createdAt, @Nullable Instant publishedAt) {

		static VersionSummary of(PlanRepository.Version v) {
			return new VersionSummary(v.planId(), v.version(), v.status(), v.score(), v.content().feasible(),
					v.content().totals(), v.content().unassigned().size(), v.createdAt(), v.publishedAt());
		}

	}

	/** A dispatcher's pin. */
	record PinResponse(UUID shipmentId, String vehicleId, @Nullable Integer sequence) {

		static PinResponse of(ProblemAssembler.Pin p) {
			return new PinResponse(p.shipmentId(), p.vehicleId(), p.sequence());
		}

	}

}
