package io.zaplecze.reporting.report;

import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The delivery report of a site (or every site) over a date range. Every figure is defined in the
 * module README (formula and source); ratios are {@code null} when their denominator is 0.
 *
 * @param site the site code, or null for all sites
 * @param from first day (inclusive)
 * @param to last day (inclusive)
 * @param attempts stop outcomes reported (DELIVERED + FAILED)
 * @param delivered DELIVERED outcomes
 * @param failed FAILED outcomes
 * @param onTimePercent arrivals inside a promised window ÷ attempts × 100
 * @param firstAttemptSuccessPercent delivered first attempts ÷ first attempts × 100
 * @param failedByReason FAILED outcomes per device reason
 * @param averageLatenessMinutes mean minutes after the window's end over late arrivals
 * @param plannedServiceMinutes mean planned service time over stops with an observed arrival
 * @param actualServiceMinutes mean arrival-to-outcome time over the same stops
 * @param meanAbsArrivalDeviationMinutes mean |actual − planned arrival| (the plan's arrival-time error)
 * @param damaged FAILED with reason DAMAGED (each leads to a quarantine return and a re-delivery)
 * @param alerts alerts raised per kind in the range
 */
public record DeliveryReport(@Nullable String site, LocalDate from, LocalDate to, long attempts, long delivered, long failed,
		@Nullable Double onTimePercent, @Nullable Double firstAttemptSuccessPercent, Map<String, Long> failedByReason,
		@Nullable Double averageLatenessMinutes, @Nullable Double plannedServiceMinutes,
		@Nullable Double actualServiceMinutes, @Nullable Double meanAbsArrivalDeviationMinutes, long damaged,
		Map<String, Integer> alerts) {

}
