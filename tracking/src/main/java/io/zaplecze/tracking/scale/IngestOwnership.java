package io.zaplecze.tracking.scale;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zaplecze.tracking.live.LiveFleet;
import io.zaplecze.tracking.live.LiveMirror;
import io.zaplecze.tracking.mqtt.MqttIngestClient;

import org.springframework.context.SmartLifecycle;

/**
 * Scale-out: which instance ingests. Every instance competes for the slot's lease
 * ({@link IngestLeases}); the holder runs the MQTT ingest under the slot's client id (one persistent
 * session with plain subscriptions, so the broker keeps queueing while nobody holds it and restores
 * it after a restart), stores, detects arrivals and refreshes ETAs, exactly as a single instance
 * does. The others mirror the live state from the database ({@link LiveMirror}) and try to take
 * the lease on every heartbeat.
 *
 * <p>A new owner forgets its live state and rebuilds it from the database; the broker redelivers
 * what the dead owner had not acknowledged (it never acknowledged anything before its commit) and
 * deduplication by {@code (vehicle, seq)} absorbs what it had stored. An owner that cannot renew
 * its lease before it runs out (the database unreachable, a long pause) stops its ingest abruptly,
 * as a crash would, before another instance may take the slot over; a replaced owner's connection is
 * also taken over by the broker (same client id).
 */
public final class IngestOwnership implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(IngestOwnership.class);

	private final ScaleProperties settings;

	private final IngestLeases leases;

	private final MqttIngestClient ingest;

	private final LiveFleet fleet;

	private final LiveMirror mirror;

	/** What other instances changed that the owner's memory must follow (plans, registrations). */
	private final Runnable elsewhere;

	private final String owner;

	private final Counter takeovers;

	private final Counter losses;

	private @Nullable ScheduledExecutorService ticker;

	private volatile boolean running;

	private volatile long epoch = -1;

	/** When the lease was last renewed (System.nanoTime), while owned. */
	private long renewedAt;

	private long nextMirrorAt;

	IngestOwnership(ScaleProperties settings, IngestLeases leases, MqttIngestClient ingest, LiveFleet fleet,
			LiveMirror mirror, Runnable elsewhere, String instanceName, MeterRegistry meters) {
		this.elsewhere = elsewhere;
		this.settings = settings;
		this.leases = leases;
		this.ingest = ingest;
		this.fleet = fleet;
		this.mirror = mirror;
		this.owner = instanceName + "/" + UUID.randomUUID();
		this.takeovers = meters.counter("zaplecze.tracking.scale.takeovers");
		this.losses = meters.counter("zaplecze.tracking.scale.losses");
		Gauge.builder("zaplecze.tracking.scale.owner", this, o -> o.owns() ? 1 : 0).register(meters);
		ingest.startOnlyWhenOwned();
	}

	/** Whether this instance holds the slot's lease (and ingests). */
	public boolean owns() {
		return this.epoch >= 0;
	}

	/** This instance's name in the lease table. */
	public String owner() {
		return this.owner;
	}

	@Override
	public synchronized void start() {
		if (this.running) {
			return;
		}
		this.running = true;
		this.ticker = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("ingest-lease").factory());
		// The first tick runs before the start-up completes: the first instance up reports itself
		// started already ingesting.
		tick(true);
		long period = this.settings.heartbeat().toMillis();
		this.ticker.scheduleWithFixedDelay(() -> tick(false), period, period, TimeUnit.MILLISECONDS);
	}

	private synchronized void tick(boolean startingUp) {
		if (!this.running) {
			return;
		}
		try {
			if (owns()) {
				renew();
			}
			else {
				OptionalLong taken = this.leases.tryAcquire(this.settings.slot(), this.owner, this.settings.leaseTtl());
				if (taken.isPresent()) {
					takeOver(taken.getAsLong(), startingUp);
				}
				else {
					follow();
				}
			}
		}
		catch (RuntimeException ex) {
			log.warn("Ingest lease of slot {}: {}", this.settings.slot(), ex.getMessage());
			if (owns() && expiredLocally()) {
				giveUp("its lease could not be renewed before it ran out");
			}
		}
	}

	private void renew() {
		if (this.leases.renew(this.settings.slot(), this.owner, this.epoch, this.settings.leaseTtl())) {
			this.renewedAt = System.nanoTime();
			this.elsewhere.run();
		}
		else {
			giveUp("another instance holds the lease");
		}
	}

	/** The lease may have run out by now (measured from the last renewal, less one heartbeat of margin). */
	private boolean expiredLocally() {
		Duration margin = this.settings.leaseTtl().minus(this.settings.heartbeat());
		return System.nanoTime() - this.renewedAt >= margin.toNanos();
	}

	private void takeOver(long newEpoch, boolean startingUp) {
		this.epoch = newEpoch;
		this.renewedAt = System.nanoTime();
		this.takeovers.increment();
		this.fleet.forgetAll();
		try {
			// Every vehicle's last stored fix and route progress, also of vehicles that send nothing more.
			this.mirror.refresh();
		}
		catch (RuntimeException ex) {
			log.warn("Could not rebuild the live state of slot {} from the database: {}", this.settings.slot(), ex.getMessage());
		}
		log.info("Took over ingest slot {} (epoch {}) as {}: connecting as {}", this.settings.slot(), newEpoch, this.owner,
				this.settings.effectiveIngestClientId());
		if (startingUp) {
			this.ingest.startAs(this.settings.effectiveIngestClientId());
		}
		else {
			// Connecting may wait for a broker that is down: the heartbeat must go on meanwhile.
			Thread.ofPlatform().daemon().name("ingest-takeover").start(() -> {
				if (this.epoch != newEpoch) {
					return;
				}
				this.ingest.startAs(this.settings.effectiveIngestClientId());
				if (this.epoch != newEpoch) {
					// Lost again while connecting: stop as a crash would (nothing acknowledged uncommitted).
					this.ingest.halt();
				}
			});
		}
	}

	private void giveUp(String why) {
		log.warn("Giving up ingest slot {} (epoch {}): {}", this.settings.slot(), this.epoch, why);
		this.epoch = -1;
		this.losses.increment();
		this.ingest.halt();
		this.fleet.forgetAll();
	}

	private void follow() {
		long now = System.nanoTime();
		if (now - this.nextMirrorAt < 0) {
			return;
		}
		this.nextMirrorAt = now + this.settings.followInterval().toNanos();
		this.mirror.refresh();
	}

	@Override
	public synchronized void stop() {
		if (!this.running) {
			return;
		}
		this.running = false;
		if (this.ticker != null) {
			this.ticker.shutdownNow();
		}
		if (owns()) {
			// Stop first (every acknowledged message committed), then let another instance take over at once.
			this.ingest.stop();
			try {
				this.leases.release(this.settings.slot(), this.owner, this.epoch);
			}
			catch (RuntimeException ex) {
				log.warn("Could not release ingest slot {}: {}", this.settings.slot(), ex.getMessage());
			}
			this.epoch = -1;
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Started after the MQTT client's phase, stopped before it (so the lease is released after a polite stop). */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 900;
	}

}
