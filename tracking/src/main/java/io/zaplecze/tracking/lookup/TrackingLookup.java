package io.zaplecze.tracking.lookup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import io.zaplecze.tracking.TrackingFailure;
import io.zaplecze.tracking.TrackingProperties;
import io.zaplecze.tracking.ingest.PositionFix;
import io.zaplecze.tracking.live.LiveFleet;
import io.zaplecze.tracking.live.RouteState;
import io.zaplecze.tracking.live.VehicleLive;
import io.zaplecze.tracking.shipment.ShipmentQueries;
import io.zaplecze.tracking.shipment.ShipmentStatus;
import io.zaplecze.tracking.shipment.TrackingCodes;

import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * What a customer may see for a tracking code: status, timeline, ETA window, and the vehicle's
 * position only while it is on its way to this very stop. Nothing about other stops or customers
 * (no sequence, no other shipments, no timeline details, which name vehicles and plans). Unknown,
 * malformed and expired codes are indistinguishable. Answers are reused for a short time per code.
 */
@Component
class TrackingLookup {

	private static final int MAX_CACHED = 100_000;

	private final ShipmentQueries shipments;

	private final LiveFleet fleet;

	private final Clock clock;

	private final long cacheNanos;

	private final Map<String, Cached> cache = new ConcurrentHashMap<>();

	private final ObjectMapper json;

	TrackingLookup(ShipmentQueries shipments, LiveFleet fleet, Clock clock, TrackingProperties properties,
			ObjectMapper json) {
		this.json = json;
		this.shipments = shipments;
		this.fleet = fleet;
		this.clock = clock;
		this.cacheNanos = properties.lookup().cacheTtl().toNanos();
	}

	PublicTracking lookup(String code) {
		PublicTracking tracking = (TrackingCodes.plausible(code)) ? build(code) : null;
		if (tracking == null) {
			throw new TrackingCodeNotFound();
		}
		return tracking;
	}

	/**
	 * The answer as JSON, rendered once per code and cache period: serialising on every request was
	 * the largest share of a lookup's CPU.
	 */
	byte[] lookupJson(String code) {
		long now = System.nanoTime();
		Cached cached = this.cache.get(code);
		if (cached != null && now - cached.at < this.cacheNanos) {
			return cached.json;
		}
		byte[] json = this.json.writeValueAsBytes(lookup(code));
		if (this.cache.size() > MAX_CACHED) {
			this.cache.clear();
		}
		this.cache.put(code, new Cached(json, now));
		return json;
	}

	private @Nullable PublicTracking build(String code) {
		ShipmentQueries.Shipment s = this.shipments.byCode(code);
		Instant now = this.clock.instant();
		if (s == null || (s.codeExpiresAt() != null && !now.isBefore(s.codeExpiresAt()))) {
			return null;
		}
		List<Step> timeline = this.shipments.timeline(s.shipmentId()).stream().map(e -> new Step(e.status(), e.at())).toList();
		// Once the van is at the door an arrival estimate is moot: the customer is told it has arrived.
		EtaWindow eta = (s.status().isFinal() || s.arrivedAt() != null || s.etaFrom() == null || s.etaTo() == null) ? null
				: new EtaWindow(s.etaFrom(), s.etaTo());
		Delivery delivery = (s.outcome() != null)
				? new Delivery(s.outcome(), s.outcomeAt(), s.recipientName(), s.failureReason()) : null;
		return new PublicTracking(s.status(), s.statusAt(), s.deliveryDate(), eta, s.arrivedAt(), vehiclePosition(s),
				delivery, timeline);
	}

	/** The vehicle's position, only while it is heading to this shipment's stop and has not arrived. */
	private @Nullable VehiclePosition vehiclePosition(ShipmentQueries.Shipment s) {
		if (s.status() != ShipmentStatus.ARRIVING || s.arrivedAt() != null || s.vehicleId() == null || s.stopId() == null) {
			return null;
		}
		VehicleLive v = this.fleet.find(s.vehicleId());
		RouteState route = (v != null) ? v.route() : null;
		RouteState.StopState target = (route != null) ? route.target() : null;
		PositionFix fix = (v != null) ? v.lastFix() : null;
		if (target == null || fix == null || !target.stopId().equals(s.stopId()) || target.arrivedAt() != null) {
			return null;
		}
		return new VehiclePosition(fix.lat(), fix.lon(), fix.deviceTime());
	}

	private record Cached(byte[] json, long at) {
	}

	/**
	 * The public answer.
	 *
	 * @param status current status
	 * @param statusAt since when
	 * @param deliveryDate the planned day
	 * @param eta the expected arrival window (until the vehicle arrives)
	 * @param arrivedAt when the vehicle arrived at this shipment's stop, once it has
	 * @param vehicle the vehicle's position while it is on its way to this stop
	 * @param delivery the outcome, once known
	 * @param timeline statuses reached, in order
	 */
	record PublicTracking(ShipmentStatus status, @Nullable Instant statusAt, @Nullable LocalDate deliveryDate,
			@Nullable EtaWindow eta, @Nullable Instant arrivedAt, @Nullable VehiclePosition vehicle,
			@Nullable Delivery delivery,
			List<Step> timeline) {
	}

	record EtaWindow(Instant from, Instant to) {
	}

	record VehiclePosition(double lat, double lon, Instant at) {
	}

	record Delivery(String outcome, @Nullable Instant at, @Nullable String recipientName,
			@Nullable String failureReason) {
	}

	record Step(ShipmentStatus status, Instant at) {
	}

	static final class TrackingCodeNotFound extends TrackingFailure {

		TrackingCodeNotFound() {
			super(Kind.NOT_FOUND, "No shipment matches this tracking code, or the code has expired");
		}

	}

}
