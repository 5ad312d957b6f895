package io.zaplecze.tracking.live;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.zaplecze.tracking.TrackingProperties;
import io.zaplecze.tracking.arrival.GeofenceArrivalDetector;
import io.zaplecze.tracking.arrival.StopTransition;
import io.zaplecze.tracking.eta.EtaRefresher;
import io.zaplecze.tracking.feed.LiveFeed;
import io.zaplecze.tracking.ingest.Detector;
import io.zaplecze.tracking.ingest.PositionFix;
import io.zaplecze.tracking.ingest.StopEvent;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ingest's detect stage: moves each vehicle's live state forward with what was stored. Positions
 * run through the geofence detector (a reordered, older fix is stored but never moves the live state
 * back); its transitions are recorded in their own transaction; stop events (already recorded with
 * the batch) update the detector's state directly, since the device's word wins. Then the feed and
 * the ETA refresher hear of it.
 */
@Component
class LiveTracking implements Detector {

	private final LiveFleet fleet;

	private final StopProgress progress;

	private final EtaRefresher etas;

	private final LiveFeed feed;

	private final TransactionTemplate transactions;

	private final GeofenceArrivalDetector detector;

	private final Duration positionInterval;

	LiveTracking(LiveFleet fleet, StopProgress progress, EtaRefresher etas, LiveFeed feed,
			TransactionTemplate transactions, TrackingProperties properties) {
		this.fleet = fleet;
		this.progress = progress;
		this.etas = etas;
		this.feed = feed;
		this.transactions = transactions;
		TrackingProperties.Arrival a = properties.arrival();
		this.detector = new GeofenceArrivalDetector(a.enterRadiusMeters(), a.exitRadiusMeters(), a.dwell(), a.departDwell());
		this.positionInterval = properties.feed().positionInterval();
	}

	@Override
	public void detect(List<PositionFix> fixes, List<StopEvent> newEvents) {
		for (StopEvent event : newEvents) {
			onEvent(event);
		}
		for (PositionFix fix : fixes) {
			onFix(fix);
		}
	}

	private void onEvent(StopEvent event) {
		VehicleLive v = this.fleet.track(event.vehicleId());
		RouteState route = this.fleet.reload(v, event.deviceTime());
		StopTransition.Kind kind = switch (event.type()) {
			case DEPARTED -> (event.stopId() == null) ? StopTransition.Kind.DEPOT_DEPARTED : StopTransition.Kind.DEPARTED;
			case ARRIVED -> StopTransition.Kind.ARRIVED;
			case DELIVERED -> StopTransition.Kind.DELIVERED;
			case FAILED -> StopTransition.Kind.FAILED;
		};
		v.visit = this.detector.onDeviceEvent(v.visit, kind, event.stopId(), event.deviceTime());
		publishStop(v, route, new StopTransition(kind, event.stopId(), event.deviceTime(), StopTransition.Source.DEVICE));
		this.etas.request(v, true);
	}

	private void onFix(PositionFix fix) {
		VehicleLive v = this.fleet.track(fix.vehicleId());
		PositionFix last = v.lastFix;
		if (last != null && fix.seq() <= last.seq()) {
			return;
		}
		v.lastFix = fix;
		if (this.feed.hasSubscribers() && !fix.receivedAt().isBefore(v.lastFeedAt.plus(this.positionInterval))) {
			v.lastFeedAt = fix.receivedAt();
			this.feed.publish("position", Map.of("vehicleId", fix.vehicleId(), "seq", fix.seq(), "at", fix.deviceTime(),
					"lat", fix.lat(), "lon", fix.lon(), "speedKmh", (fix.speedKmh() != null) ? fix.speedKmh() : 0f));
		}
		RouteState route = this.fleet.routeFor(v, fix.deviceTime());
		if (route == null) {
			return;
		}
		GeofenceArrivalDetector.Detection detection = this.detector.onFix(v.visit, fix.position(), fix.deviceTime(),
				route.depot(), route.openGeofences());
		v.visit = detection.state();
		if (detection.transitions().isEmpty()) {
			this.etas.request(v, false);
			return;
		}
		this.transactions.executeWithoutResult(status -> {
			for (StopTransition t : detection.transitions()) {
				this.progress.apply(fix.vehicleId(), t, null, null);
			}
		});
		RouteState reloaded = this.fleet.reload(v, fix.deviceTime());
		for (StopTransition t : detection.transitions()) {
			publishStop(v, reloaded, t);
		}
		this.etas.request(v, true);
	}

	private void publishStop(VehicleLive v, @Nullable RouteState route, StopTransition t) {
		if (!this.feed.hasSubscribers()) {
			return;
		}
		UUID shipmentId = null;
		if (route != null && t.stopId() != null) {
			shipmentId = route.stops().stream().filter(s -> s.stopId().equals(t.stopId())).map(RouteState.StopState::shipmentId)
				.findFirst().orElse(null);
		}
		Map<String, Object> data = new java.util.LinkedHashMap<>();
		data.put("vehicleId", v.vehicleId());
		data.put("routeId", (route != null) ? route.routeId() : null);
		data.put("stopId", t.stopId());
		data.put("shipmentId", shipmentId);
		data.put("kind", t.kind());
		data.put("at", t.at());
		data.put("source", t.source());
		this.feed.publish("stop", data);
	}

}
