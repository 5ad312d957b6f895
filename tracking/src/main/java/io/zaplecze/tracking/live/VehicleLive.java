package io.zaplecze.tracking.live;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import io.zaplecze.tracking.arrival.VisitState;
import io.zaplecze.tracking.ingest.PositionFix;

/**
 * One vehicle's live state. Written by the ingest worker that owns the vehicle (and by the ETA
 * refresher for the route snapshot); read by anyone, hence volatile fields holding immutable values.
 */
public final class VehicleLive {

	final String vehicleId;

	volatile @Nullable PositionFix lastFix;

	volatile @Nullable RouteState route;

	volatile long routeVersion = -1;

	volatile Instant routeCheckedAt = Instant.EPOCH;

	volatile VisitState visit = VisitState.initial(false);

	volatile Instant lastFeedAt = Instant.EPOCH;

	volatile Instant lastEtaAt = Instant.EPOCH;

	VehicleLive(String vehicleId) {
		this.vehicleId = vehicleId;
	}

	public String vehicleId() {
		return this.vehicleId;
	}

	public @Nullable PositionFix lastFix() {
		return this.lastFix;
	}

	public @Nullable RouteState route() {
		return this.route;
	}

	/** Replaces the cached route snapshot by a fresher one of the same route (ETA updates). */
	public void replaceRoute(RouteState fresher) {
		RouteState current = this.route;
		if (current != null && current.routeId().equals(fresher.routeId())) {
			this.route = fresher;
		}
	}

	public VisitState visit() {
		return this.visit;
	}

}
