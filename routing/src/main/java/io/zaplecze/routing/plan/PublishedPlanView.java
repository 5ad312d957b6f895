package io.zaplecze.routing.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.zaplecze.platform.GeoPoint;
import io.zaplecze.platform.TimeWindow;

/**
 * The published plan exactly as the REST contract fixes it
 * ({@code GET /api/v1/routing/plans/published?date=}); devices and the simulator drive from it.
 */
record PublishedPlanView(UUID planId, int version, LocalDate date, Instant publishedAt, List<Route> routes) {

	record Route(UUID routeId, String vehicleId, boolean refrigerated, GeoPoint depot, Instant departure,
			Instant returnAt, long distanceMeters, long drivingSeconds, long co2Grams, List<Stop> stops,
			List<PlanContent.Leg> legs) {
	}

	record Stop(UUID stopId, UUID shipmentId, int sequence, GeoPoint location, Instant plannedArrival,
			Instant plannedDeparture, int serviceSeconds, List<TimeWindow> timeWindows) {
	}

	/** The same plan with only the routes of one vehicle (what its driver may see). */
	PublishedPlanView onlyVehicle(String vehicleCode) {
		return new PublishedPlanView(this.planId, this.version, this.date, this.publishedAt,
				this.routes.stream().filter(r -> r.vehicleId().equals(vehicleCode)).toList());
	}

	static PublishedPlanView of(PlanRepository.Version v) {
		Instant publishedAt = v.publishedAt() != null ? v.publishedAt() : v.createdAt();
		return new PublishedPlanView(v.planId(), v.version(), v.date(), publishedAt,
				v.content().routes().stream().map(PublishedPlanView::route).toList());
	}

	private static Route route(PlanContent.PlannedRoute r) {
		return new Route(r.routeId(), r.vehicleId(), r.refrigerated(), r.depot(), r.departure(), r.returnAt(),
				r.distanceMeters(), r.drivingSeconds(), r.co2Grams(),
				r.stops()
					.stream()
					.map(s -> new Stop(s.stopId(), s.shipmentId(), s.sequence(), s.location(), s.plannedArrival(),
							s.plannedDeparture(), s.serviceSeconds(), s.timeWindows()))
					.toList(),
				r.legs());
	}

}
