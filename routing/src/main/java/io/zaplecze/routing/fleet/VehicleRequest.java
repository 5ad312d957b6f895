package io.zaplecze.routing.fleet;

import java.time.LocalTime;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import org.jspecify.annotations.Nullable;

import io.zaplecze.routing.VehicleProfile;

/**
 * A vehicle to create or replace. Units: grams, cm³, seconds, cents; times are local times in the
 * planner's zone.
 */
record VehicleRequest(@NotNull @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,39}") String code,
		@Nullable VehicleProfile profile, @Nullable UUID depotId, @NotNull @Valid Position depot,
		@NotNull LocalTime shiftStart, @NotNull LocalTime shiftEnd, @PositiveOrZero long capacityGrams,
		@PositiveOrZero long capacityCm3, @PositiveOrZero int capacityPallets, boolean refrigerated,
		@Nullable @Min(60) Integer maxRouteSeconds, @Nullable LocalTime breakStart, @Nullable LocalTime breakEnd,
		@Min(0) @Max(14400) int breakSeconds, @PositiveOrZero long costPerKmCents,
		@PositiveOrZero long costPerHourCents, @PositiveOrZero long fixedCostCents,
		@Min(0) @Max(5000) int co2GramsPerKm, boolean multiTrip, @Min(0) @Max(14400) int reloadSeconds,
		@Nullable Boolean available) {

	/** A WGS 84 position. */
	record Position(@DecimalMin("-90") @DecimalMax("90") double lat, @DecimalMin("-180") @DecimalMax("180") double lon) {
	}

	@AssertTrue(message = "shiftEnd must be after shiftStart")
	boolean isShiftOrdered() {
		return this.shiftStart == null || this.shiftEnd == null || this.shiftEnd.isAfter(this.shiftStart);
	}

	@AssertTrue(message = "a break needs breakStart <= breakEnd and breakSeconds > 0, or none of them")
	boolean isBreakComplete() {
		boolean none = this.breakStart == null && this.breakEnd == null && this.breakSeconds == 0;
		boolean all = this.breakStart != null && this.breakEnd != null && this.breakSeconds > 0
				&& !this.breakEnd.isBefore(this.breakStart);
		return none || all;
	}

}
