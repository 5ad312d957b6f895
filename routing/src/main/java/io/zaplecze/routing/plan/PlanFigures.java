package io.zaplecze.routing.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.zaplecze.platform.TimeWindow;
import io.zaplecze.routing.delivery.Delivery;
import io.zaplecze.routing.fleet.FleetVehicle;

/**
 * The figures a dispatcher reads beside a plan version: per route the distance, driving, service,
 * waiting, break and total time, the load per capacity dimension, late stops and CO2; per stop the
 * demand and where its time goes; per day the totals. Derived from the stored version, the day's
 * deliveries (demand) and the fleet (capacities); nothing is re-solved.
 *
 * <p>
 * Where the time goes is read back from the planned times with the planner's rules
 * ({@code RouteSimulator}): a stop's planned departure is its service start plus the service time,
 * so the rest of its dwell is waiting for the window; the driver's break is taken after service
 * (a gap before the next arrival beyond the leg's drive, at or after the break window opens) or
 * inside a wait long enough to hold it. Any other gap (a reload between trips, goods not ready) is
 * waiting.
 *
 * @param planId the plan
 * @param version the version
 * @param date the operating day
 * @param routes per vehicle that drives
 * @param totals the day
 */
public record PlanFigures(UUID planId, int version, LocalDate date, List<RouteFigures> routes, DayTotals totals) {

	/** Planned times are whole seconds and legs are routed apart from the matrix: gaps this small are rounding. */
	private static final long BREAK_TOLERANCE_SECONDS = 5;

	/**
	 * One route's figures.
	 *
	 * @param routeId the route
	 * @param vehicleId the vehicle's code
	 * @param departure planned departure from the depot
	 * @param returnAt planned return
	 * @param distanceMeters road distance
	 * @param drivingSeconds driving time
	 * @param serviceSeconds time on site serving
	 * @param waitingSeconds time waiting for windows (and for goods)
	 * @param breakSeconds the driver's break
	 * @param totalSeconds departure to return
	 * @param breakStart when the break starts, if one is taken
	 * @param trips depot departures
	 * @param lateStops stops reached after their last window
	 * @param load per capacity dimension, the fullest trip
	 * @param co2Grams CO2 for the distance
	 * @param co2GramsPerKm the emission factor used
	 * @param co2Basis {@code vehicle} (the fleet's factor) or {@code default}
	 * ({@code zaplecze.routing.emissions.default-grams-per-km})
	 * @param stops per stop, in driving order
	 */
	public record RouteFigures(UUID routeId, String vehicleId, Instant departure, Instant returnAt, long distanceMeters,
			long drivingSeconds, long serviceSeconds, long waitingSeconds, long breakSeconds, long totalSeconds,
			@Nullable Instant breakStart, int trips, int lateStops, List<Load> load, long co2Grams, int co2GramsPerKm,
			String co2Basis, List<StopFigures> stops) {
	}

	/**
	 * Load in one capacity dimension.
	 *
	 * @param dimension {@code weight} (grams), {@code volume} (cm³) or {@code pallets}
	 * @param used the fullest trip's load
	 * @param capacity the vehicle's capacity
	 * @param percent used / capacity × 100, one decimal (0 when the capacity is 0)
	 */
	public record Load(String dimension, long used, long capacity, double percent) {
	}

	/**
	 * One stop.
	 *
	 * @param stopId the stop
	 * @param shipmentId the shipment
	 * @param sequence position in the route
	 * @param customerName who receives it ({@code null} when routing no longer knows the delivery)
	 * @param address where
	 * @param weightGrams demand
	 * @param volumeCm3 demand
	 * @param pallets demand
	 * @param refrigerated needs a refrigerated vehicle
	 * @param priority 1..10
	 * @param readyAt when the goods are ready at the dock
	 * @param waitingSeconds waiting for the window before service
	 * @param breakSeconds the driver's break taken here
	 * @param lateSeconds arrival after the last window's end (0 when on time)
	 */
	public record StopFigures(UUID stopId, UUID shipmentId, int sequence, @Nullable String customerName,
			@Nullable String address, long weightGrams, long volumeCm3, int pallets, boolean refrigerated, int priority,
			@Nullable Instant readyAt, long waitingSeconds, long breakSeconds, long lateSeconds) {
	}

	/**
	 * The day.
	 *
	 * @param vehicles vehicles that drive
	 * @param stops stops
	 * @param unassigned deliveries left out
	 * @param lateStops stops reached after their window
	 * @param distanceMeters road distance
	 * @param drivingSeconds driving
	 * @param serviceSeconds serving
	 * @param waitingSeconds waiting
	 * @param breakSeconds breaks
	 * @param totalSeconds sum of the routes' departure-to-return times
	 * @param co2Grams CO2
	 */
	public record DayTotals(int vehicles, int stops, int unassigned, int lateStops, long distanceMeters,
			long drivingSeconds, long serviceSeconds, long waitingSeconds, long breakSeconds, long totalSeconds,
			long co2Grams) {
	}

	/**
	 * Works out the figures.
	 *
	 * @param deliveries the day's deliveries by shipment id (demand, priority, customer)
	 * @param fleet vehicles by code (capacities, break, emission factor)
	 * @param zone the planner's zone (break windows are local times)
	 * @param defaultCo2GramsPerKm for vehicles whose factor is not set (0)
	 */
	static PlanFigures of(UUID planId, int version, PlanContent content, Map<UUID, Delivery> deliveries,
			Map<String, FleetVehicle> fleet, ZoneId zone, int defaultCo2GramsPerKm) {
		List<RouteFigures> routes = new ArrayList<>();
		for (PlanContent.PlannedRoute r : content.routes()) {
			routes.add(route(content.date(), r, deliveries, fleet.get(r.vehicleId()), zone, defaultCo2GramsPerKm));
		}
		DayTotals totals = new DayTotals(routes.size(), routes.stream().mapToInt(r -> r.stops().size()).sum(),
				content.unassigned().size(), routes.stream().mapToInt(RouteFigures::lateStops).sum(),
				routes.stream().mapToLong(RouteFigures::distanceMeters).sum(),
				routes.stream().mapToLong(RouteFigures::drivingSeconds).sum(),
				routes.stream().mapToLong(RouteFigures::serviceSeconds).sum(),
				routes.stream().mapToLong(RouteFigures::waitingSeconds).sum(),
				routes.stream().mapToLong(RouteFigures::breakSeconds).sum(),
				routes.stream().mapToLong(RouteFigures::totalSeconds).sum(),
				routes.stream().mapToLong(RouteFigures::co2Grams).sum());
		return new PlanFigures(planId, version, content.date(), routes, totals);
	}

	private static RouteFigures route(LocalDate date, PlanContent.PlannedRoute r, Map<UUID, Delivery> deliveries,
			@Nullable FleetVehicle f, ZoneId zone, int defaultCo2) {
		long breakLength = (f != null && f.breakStart() != null) ? f.breakSeconds() : 0;
		long breakFrom = (f != null && f.breakStart() != null)
				? ZonedDateTime.of(date, f.breakStart(), zone).toEpochSecond() : Long.MAX_VALUE;
		Map<Integer, Long> legInto = new LinkedHashMap<>();
		for (PlanContent.Leg leg : r.legs()) {
			legInto.put(leg.toSequence(), leg.travelSeconds());
		}
		List<PlanContent.PlannedStop> planned = r.stops();
		long[] wait = new long[planned.size()];
		long[] brk = new long[planned.size()];
		long service = 0;
		Instant breakStart = null;
		for (int k = 0; k < planned.size(); k++) {
			PlanContent.PlannedStop s = planned.get(k);
			long arrival = s.plannedArrival().getEpochSecond();
			long dwell = Math.max(0, s.plannedDeparture().getEpochSecond() - arrival);
			long serve = Math.min(dwell, s.serviceSeconds());
			service += serve;
			wait[k] = dwell - serve;
			if (breakStart == null && breakLength > 0 && wait[k] >= breakLength
					&& Math.max(arrival, breakFrom) + breakLength <= arrival + wait[k]) {
				// The planner lets a long enough wait for the window cover the break.
				breakStart = Instant.ofEpochSecond(Math.max(arrival, breakFrom));
				brk[k] = breakLength;
				wait[k] -= breakLength;
			}
			// Time between leaving this stop and reaching the next (or the depot) beyond the drive:
			// the break taken after service, a reload between trips, waiting for goods.
			long next = (k + 1 < planned.size()) ? planned.get(k + 1).plannedArrival().getEpochSecond()
					: r.returnAt().getEpochSecond();
			long drive = legInto.getOrDefault((k + 1 < planned.size()) ? planned.get(k + 1).sequence() : planned.size() + 1, 0L);
			long gap = Math.max(0, next - s.plannedDeparture().getEpochSecond() - drive);
			if (breakStart == null && breakLength > 0 && gap >= breakLength - BREAK_TOLERANCE_SECONDS
					&& s.plannedDeparture().getEpochSecond() >= breakFrom) {
				breakStart = s.plannedDeparture();
				brk[k] = Math.min(gap, breakLength);
				gap -= brk[k];
			}
			if (gap > BREAK_TOLERANCE_SECONDS) {
				wait[k] += gap;
			}
		}
		long waiting = 0;
		long breaks = 0;
		int late = 0;
		Map<Integer, long[]> perTrip = new LinkedHashMap<>();
		List<StopFigures> stops = new ArrayList<>();
		for (int k = 0; k < planned.size(); k++) {
			PlanContent.PlannedStop s = planned.get(k);
			long lateSeconds = lateSeconds(s.plannedArrival().getEpochSecond(), s.timeWindows());
			if (lateSeconds > 0) {
				late++;
			}
			waiting += wait[k];
			breaks += brk[k];
			Delivery d = deliveries.get(s.shipmentId());
			long[] load = perTrip.computeIfAbsent(s.trip(), t -> new long[3]);
			if (d != null) {
				load[0] += d.weightGrams();
				load[1] += d.volumeCm3();
				load[2] += d.pallets();
			}
			stops.add(new StopFigures(s.stopId(), s.shipmentId(), s.sequence(), d == null ? null : d.customerName(),
					d == null ? null : d.address(), d == null ? 0 : d.weightGrams(), d == null ? 0 : d.volumeCm3(),
					d == null ? 0 : d.pallets(), d != null && d.needsRefrigeration(), d == null ? 0 : d.priority(),
					d == null ? null : d.readyAt(), wait[k], brk[k], lateSeconds));
		}
		long[] fullest = new long[3];
		for (long[] trip : perTrip.values()) {
			for (int i = 0; i < 3; i++) {
				fullest[i] = Math.max(fullest[i], trip[i]);
			}
		}
		List<Load> load = f == null ? List.of()
				: List.of(load("weight", fullest[0], f.capacityGrams()), load("volume", fullest[1], f.capacityCm3()),
						load("pallets", fullest[2], f.capacityPallets()));
		boolean own = f != null && f.co2GramsPerKm() > 0;
		int factor = own ? f.co2GramsPerKm() : defaultCo2;
		long co2 = own ? r.co2Grams() : r.distanceMeters() * factor / 1000;
		long total = Math.max(0, r.returnAt().getEpochSecond() - r.departure().getEpochSecond());
		return new RouteFigures(r.routeId(), r.vehicleId(), r.departure(), r.returnAt(), r.distanceMeters(),
				r.drivingSeconds(), service, waiting, breaks, total, breakStart, perTrip.size(), late, load, co2, factor,
				own ? "vehicle" : "default", stops);
	}

	private static Load load(String dimension, long used, long capacity) {
		double percent = capacity <= 0 ? 0 : Math.round(used * 1000.0 / capacity) / 10.0;
		return new Load(dimension, used, capacity, percent);
	}

	/** Seconds after the end of the last window the arrival still falls before (0 when on time or no window). */
	static long lateSeconds(long arrival, List<TimeWindow> windows) {
		long lastEnd = Long.MIN_VALUE;
		for (TimeWindow w : windows) {
			if (arrival <= w.end().getEpochSecond()) {
				return 0;
			}
			lastEnd = Math.max(lastEnd, w.end().getEpochSecond());
		}
		return windows.isEmpty() ? 0 : arrival - lastEnd;
	}

}
