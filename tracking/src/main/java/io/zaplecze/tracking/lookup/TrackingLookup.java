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
 * What a customer may see for a tracking code: status, timeline, the promised window, ETA window,
 * how many stops the vehicle still makes before theirs, and the vehicle's position (with their own
 * stop) only once theirs is among the vehicle's next {@value #VEHICLE_VISIBLE_WITHIN_STOPS} stops.
 * Nothing about other stops or customers (no sequence, no other shipments, no timeline details,
 * which name vehicles and plans). Unknown, malformed and expired codes are indistinguishable.
 * Answers are reused for a short time per code.
 */
@Component
class TrackingLookup {

	private static final int MAX_CACHED = 100_000;

	/**
	 * The vehicle is shown once the customer's stop is among its next this-many stops: close enough
	 * to be useful, far enough from the earlier customers' doors (at 3, the map shows a van two
	 * deliveries away, not which houses it serves).
	 */
	static final int VEHICLE_VISIBLE_WITHIN_STOPS = 3;

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
		Window window = (s.windowStart() != null && s.windowEnd() != null) ? new Window(s.windowStart(), s.windowEnd())
				: null;
		VehicleLive live = onTheWay(s) ? this.fleet.find(s.vehicleId()) : null;
		RouteState route = (live != null) ? live.route() : null;
		Integer stopsBefore = stopsBefore(s, route);
		VehiclePosition vehicle = null;
		Destination destination = null;
		if (stopsBefore != null && stopsBefore < VEHICLE_VISIBLE_WITHIN_STOPS && live.lastFix() != null) {
			PositionFix fix = live.lastFix();
			vehicle = new VehiclePosition(fix.lat(), fix.lon(), fix.deviceTime());
			destination = route.stops()
				.stream()
				.filter(stop -> stop.stopId().equals(s.stopId()))
				.findFirst()
				.map(stop -> new Destination(stop.location().lat(), stop.location().lon()))
				.orElse(null);
		}
		return new PublicTracking(s.status(), s.statusAt(), s.deliveryDate(), window, eta, s.arrivedAt(), stopsBefore,
				vehicle, destination, delivery, timeline);
	}

	/** Out for delivery (or arriving), not yet at the door, on a known vehicle and stop. */
	private static boolean onTheWay(ShipmentQueries.Shipment s) {
		return (s.status() == ShipmentStatus.OUT_FOR_DELIVERY || s.status() == ShipmentStatus.ARRIVING)
				&& s.arrivedAt() == null && s.vehicleId() != null && s.stopId() != null;
	}

	/**
	 * Stops the vehicle still serves before this shipment's (0: it is heading here), from the live
	 * route; null when the shipment is not on the way or its stop is not among the route's remaining.
	 */
	static @Nullable Integer stopsBefore(ShipmentQueries.Shipment s, @Nullable RouteState route) {
		if (route == null || s.stopId() == null) {
			return null;
		}
		int before = 0;
		for (RouteState.StopState stop : route.remaining()) {
			if (stop.stopId().equals(s.stopId())) {
				return (stop.arrivedAt() == null) ? before : null;
			}
			before++;
		}
		return null;
	}

	private record Cached(byte[] json, long at) {
	}

	/**
	 * The public answer.
	 *
	 * @param status current status
	 * @param statusAt since when
	 * @param deliveryDate the planned day
	 * @param window the delivery window promised to the customer
	 * @param eta the expected arrival window (until the vehicle arrives)
	 * @param arrivedAt when the vehicle arrived at this shipment's stop, once it has
	 * @param stopsBefore stops the vehicle still makes before this one, while it is on its way
	 * @param vehicle the vehicle's position once this stop is among its next few
	 * ({@value #VEHICLE_VISIBLE_WITHIN_STOPS}) stops
	 * @param destination this shipment's stop, whenever {@code vehicle} is given (for the map)
	 * @param delivery the outcome, once known
	 * @param timeline statuses reached, in order
	 */
	record PublicTracking(ShipmentStatus status, @Nullable Instant statusAt, @Nullable LocalDate deliveryDate,
			@Nullable Window window, @Nullable EtaWindow eta, @Nullable Instant arrivedAt, @Nullable Integer stopsBefore,
			@Nullable VehiclePosition vehicle, @Nullable Destination destination, @Nullable Delivery delivery,
			List<Step> timeline) {
	}

	record Window(Instant from, Instant to) {
	}

	record Destination(double lat, double lon) {
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
