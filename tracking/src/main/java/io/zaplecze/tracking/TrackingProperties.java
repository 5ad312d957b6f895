package io.zaplecze.tracking;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration of the tracking module, under {@code zaplecze.tracking}.
 *
 * @param mqtt the device broker connection
 * @param ingest the ingest pipeline: batching, limits and admission rules
 * @param telemetry the positions store: partitions and retention
 * @param arrival stop arrival and departure from geofences
 * @param eta estimated arrival times
 * @param codes customer tracking codes
 * @param lookup the public tracking lookup
 * @param feed the dispatcher live feed
 */
@ConfigurationProperties("zaplecze.tracking")
public record TrackingProperties(@DefaultValue Mqtt mqtt, @DefaultValue Ingest ingest,
		@DefaultValue Telemetry telemetry, @DefaultValue Arrival arrival, @DefaultValue Eta eta,
		@DefaultValue Codes codes, @DefaultValue Lookup lookup, @DefaultValue Feed feed) {

	/**
	 * The MQTT 5 broker devices publish to.
	 *
	 * @param brokerUrl broker URL, {@code tcp://host:1884} or {@code ssl://host:8883}; the default is the
	 * broker {@code scripts/services.sh} starts (1884, so that a machine's stock broker on 1883 stays
	 * untouched)
	 * @param username the ingest's broker account ({@code zaplecze-ingest}: may subscribe to every
	 * vehicle's topics, may publish nothing); empty for anonymous, which the project's broker refuses
	 * @param password its password (services.sh generates it into {@code var/mosquitto/credentials.env})
	 * @param topicRoot topics are {@code <topicRoot>/vehicles/{vehicleId}/telemetry|events}
	 * @param shareGroup MQTT 5 shared-subscription group: app instances in one group split the load
	 * @param clientId this instance's client id (persistent session); must be unique per instance.
	 * Connection {@code i} uses {@code <clientId>-<i>}
	 * @param connectTimeout how long a connection attempt may take
	 * @param enabled whether this instance ingests at all (false: REST and live state only)
	 * @param connections ingest connections of this instance, all members of the share group. One is
	 * the measured best on two cores: it carried more than two (fewer threads, and acknowledgements in
	 * arrival order, which Mosquitto matches against its in-flight list cheaply)
	 * @param sessionExpiry how long the broker keeps this instance's session (and queues its share of
	 * messages) while it is away; an instance retired for longer loses what was queued for it
	 * @param receiveMaximum unacknowledged messages this instance accepts per connection (the broker's
	 * {@code max_inflight_messages} may lower it)
	 * @param keepAlive MQTT keep-alive interval
	 * @param maxReconnectDelay upper bound of the reconnect back-off
	 * @param shared subscribe with MQTT 5 shared subscriptions (several instances split the load). With
	 * Mosquitto 2.0 a single instance should set false: Mosquitto does not restore a persistent
	 * session's shared subscriptions after a broker restart, so messages published before the ingest
	 * re-subscribes are dropped by the broker; plain subscriptions are restored. False implies one
	 * connection
	 * @param trustCertificates for {@code ssl://} URLs: a PEM file with the certificate(s) to trust (the
	 * demo's self-signed one, or a private CA); empty: the JVM's default trust store (a real certificate)
	 */
	public record Mqtt(@DefaultValue("tcp://127.0.0.1:1884") String brokerUrl, @DefaultValue("") String username,
			@DefaultValue("") String password, @DefaultValue("zaplecze/v1") String topicRoot,
			@DefaultValue("zaplecze-ingest") String shareGroup, @DefaultValue("zaplecze-app-1") String clientId,
			@DefaultValue("5s") Duration connectTimeout, @DefaultValue("true") boolean enabled,
			@DefaultValue("1") int connections, @DefaultValue("7d") Duration sessionExpiry,
			@DefaultValue("2000") int receiveMaximum, @DefaultValue("30s") Duration keepAlive,
			@DefaultValue("10s") Duration maxReconnectDelay, @DefaultValue("true") boolean shared,
			@DefaultValue("") String trustCertificates) {

		/** Connections actually opened: without shared subscriptions a second one would receive everything twice. */
		public int effectiveConnections() {
			return this.shared ? Math.max(1, this.connections) : 1;
		}

	}

	/**
	 * The ingest pipeline.
	 *
	 * @param workers pipeline workers; a vehicle always goes to the same worker (its messages stay in
	 * order), vehicles are spread over workers. One is the measured best on two cores: its batches
	 * are larger and its acknowledgements leave in arrival order
	 * @param queueCapacity messages waiting per worker; when full the MQTT callback waits, so the broker
	 * holds the rest (nothing is dropped)
	 * @param maxBatch most messages stored in one transaction
	 * @param linger how long a worker waits to fill a batch once it has a message
	 * @param maxPayloadBytes larger payloads are dead-lettered as oversized (contract: 4 KiB)
	 * @param deadLetterPayloadBytes how much of a dead-lettered payload is kept
	 * @param maxFutureSkew device times further ahead of the server clock are dead-lettered (the
	 * {@code demo} profile relaxes it: the simulator runs device time ahead of wall time)
	 * @param acceptUnknownVehicles store telemetry of vehicles that are in no published plan and not
	 * registered (load tests with synthetic fleets); false dead-letters them as {@code unknown-vehicle}
	 * @param storeRetryBackoff first wait before retrying a failed store (doubles per attempt)
	 * @param storeRetryMaxBackoff longest wait between store retries; a batch is retried until the
	 * database is back, never acknowledged before
	 */
	public record Ingest(@DefaultValue("1") int workers, @DefaultValue("20000") int queueCapacity,
			@DefaultValue("5000") int maxBatch, @DefaultValue("15ms") Duration linger,
			@DefaultValue("4096") int maxPayloadBytes, @DefaultValue("1024") int deadLetterPayloadBytes,
			@DefaultValue("2m") Duration maxFutureSkew, @DefaultValue("false") boolean acceptUnknownVehicles,
			@DefaultValue("100ms") Duration storeRetryBackoff, @DefaultValue("5s") Duration storeRetryMaxBackoff) {
	}

	/**
	 * The positions store.
	 *
	 * @param retention positions older than this (by device day) are dropped with their daily
	 * partition; messages older than that are dead-lettered as {@code too-old}
	 * @param partitionsAhead daily partitions created ahead of today
	 * @param maintenanceInterval how often partitions are created and dropped
	 */
	public record Telemetry(@DefaultValue("30d") Duration retention, @DefaultValue("3") int partitionsAhead,
			@DefaultValue("1h") Duration maintenanceInterval) {
	}

	/**
	 * Stop arrival and departure from geofences around planned stops. Arrival needs
	 * {@code enterRadiusMeters} for {@code dwell}; departure needs more than {@code exitRadiusMeters}
	 * for {@code departDwell}: the gap between the radii is the hysteresis that keeps GPS jitter at
	 * the boundary from flapping.
	 *
	 * @param enterRadiusMeters a fix this close to a stop starts an arrival
	 * @param exitRadiusMeters a fix farther than this from the stop starts a departure
	 * @param dwell time inside before an arrival counts (device time)
	 * @param departDwell time outside before a departure counts (device time)
	 */
	public record Arrival(@DefaultValue("60") double enterRadiusMeters, @DefaultValue("150") double exitRadiusMeters,
			@DefaultValue("20s") Duration dwell, @DefaultValue("20s") Duration departDwell) {
	}

	/**
	 * Estimated arrival times.
	 *
	 * @param enabled whether ETAs are computed
	 * @param refreshInterval at most one refresh per vehicle in this time (stop changes refresh at once)
	 * @param fallbackSpeedKmh straight-line speed used when the road network cannot route a leg
	 * @param minSpread the customer's ETA window is at least ETA ± this
	 * @param spreadFraction plus this fraction of the time still to go
	 */
	public record Eta(@DefaultValue("true") boolean enabled, @DefaultValue("30s") Duration refreshInterval,
			@DefaultValue("25") double fallbackSpeedKmh, @DefaultValue("5m") Duration minSpread,
			@DefaultValue("0.1") double spreadFraction) {
	}

	/**
	 * Customer tracking codes.
	 *
	 * @param bytes random bytes per code (at least 10, i.e. 80 bits); rendered URL-safe base64
	 * @param validAfterDelivery a code stops working this long after the delivery day
	 */
	public record Codes(@DefaultValue("15") int bytes, @DefaultValue("30d") Duration validAfterDelivery) {
	}

	/**
	 * The public lookup {@code GET /api/v1/track/{code}}: a token bucket per client address.
	 *
	 * @param requestsPerSecond sustained lookups per client address
	 * @param burst bucket size
	 * @param cacheTtl how long a rendered answer may be reused for the same code
	 */
	public record Lookup(@DefaultValue("5") double requestsPerSecond, @DefaultValue("20") int burst,
			@DefaultValue("5s") Duration cacheTtl) {
	}

	/**
	 * The dispatcher live feed (server-sent events).
	 *
	 * @param positionInterval at most one position per vehicle in this time
	 * @param subscriberQueue events buffered per subscriber; a subscriber that falls further behind
	 * misses events (counted)
	 * @param timeout how long one feed connection stays open (clients reconnect)
	 */
	public record Feed(@DefaultValue("1s") Duration positionInterval, @DefaultValue("1000") int subscriberQueue,
			@DefaultValue("30m") Duration timeout) {
	}

}
