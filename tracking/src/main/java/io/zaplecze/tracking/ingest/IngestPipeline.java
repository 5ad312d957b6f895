package io.zaplecze.tracking.ingest;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zaplecze.tracking.TrackingProperties;

/**
 * The ingest: decode → validate → deduplicate → enrich → store (batched, one transaction) → detect →
 * acknowledge. Messages are spread over workers by vehicle, so one vehicle's messages are handled in
 * arrival order while vehicles proceed in parallel. Each worker has a bounded queue; when it is full
 * {@link #submit} waits, which stops the MQTT client reading and leaves the rest with the broker.
 * A message is acknowledged only after its batch committed; a batch that cannot be stored is retried
 * until the database is back and never acknowledged before. Every message ends stored, counted as a
 * duplicate, or dead-lettered.
 */
public final class IngestPipeline {

	private static final Logger log = LoggerFactory.getLogger(IngestPipeline.class);

	private final String topicRoot;

	private final List<IngestStage> stages;

	private final DeduplicateStage deduplicate;

	private final BatchStore store;

	private final Detector detector;

	private final TrackingProperties.Ingest settings;

	private final List<BlockingQueue<InboundMessage>> queues = new ArrayList<>();

	private final List<Thread> workers = new ArrayList<>();

	private final AtomicLong epoch = new AtomicLong();

	private volatile boolean running;

	private final LongAdder received = new LongAdder();

	private final LongAdder stored = new LongAdder();

	private final LongAdder duplicates = new LongAdder();

	private final LongAdder deadLettered = new LongAdder();

	private final LongAdder acknowledged = new LongAdder();

	private final Counter receivedCounter;

	private final Counter positionsCounter;

	private final Counter eventsCounter;

	private final Counter duplicatesCounter;

	private final Map<DeadLetterReason, Counter> deadLetterCounters = new EnumMap<>(DeadLetterReason.class);

	private final Counter storeRetries;

	private final Counter detectFailures;

	private final Counter backpressureWaits;

	private final DistributionSummary batchSizes;

	private final Timer storeTimer;

	public IngestPipeline(TrackingProperties properties, FleetMembership fleet, BatchStore store, Detector detector,
			Clock clock, MeterRegistry meters) {
		this.topicRoot = properties.mqtt().topicRoot();
		this.settings = properties.ingest();
		this.store = store;
		this.detector = detector;
		this.deduplicate = new DeduplicateStage();
		this.stages = List.of(new DecodeStage(this.settings.maxPayloadBytes()),
				new ValidateStage(clock, this.settings.maxFutureSkew(), properties.telemetry().retention(), fleet,
						this.settings.acceptUnknownVehicles()),
				this.deduplicate, new EnrichStage());
		for (int i = 0; i < Math.max(1, this.settings.workers()); i++) {
			this.queues.add(new ArrayBlockingQueue<>(Math.max(16, this.settings.queueCapacity())));
		}
		this.receivedCounter = meters.counter("zaplecze.tracking.ingest.received");
		this.positionsCounter = meters.counter("zaplecze.tracking.ingest.stored", "kind", "position");
		this.eventsCounter = meters.counter("zaplecze.tracking.ingest.stored", "kind", "event");
		this.duplicatesCounter = meters.counter("zaplecze.tracking.ingest.duplicates");
		for (DeadLetterReason reason : DeadLetterReason.values()) {
			this.deadLetterCounters.put(reason,
					meters.counter("zaplecze.tracking.ingest.dead.letters", "reason", reason.code()));
		}
		this.storeRetries = meters.counter("zaplecze.tracking.ingest.store.retries");
		this.detectFailures = meters.counter("zaplecze.tracking.ingest.detect.failures");
		this.backpressureWaits = meters.counter("zaplecze.tracking.ingest.backpressure.waits");
		this.batchSizes = DistributionSummary.builder("zaplecze.tracking.ingest.batch.size").register(meters);
		this.storeTimer = Timer.builder("zaplecze.tracking.ingest.store.duration").register(meters);
		Gauge.builder("zaplecze.tracking.ingest.queued", this, IngestPipeline::queued).register(meters);
	}

	/** Starts the workers (again, after {@link #halt()}). */
	public synchronized void start() {
		if (this.running) {
			return;
		}
		this.running = true;
		long myEpoch = this.epoch.incrementAndGet();
		this.workers.clear();
		for (int i = 0; i < this.queues.size(); i++) {
			BlockingQueue<InboundMessage> queue = this.queues.get(i);
			Thread worker = Thread.ofPlatform().daemon().name("ingest-" + i).unstarted(() -> work(queue, myEpoch));
			this.workers.add(worker);
			worker.start();
		}
	}

	/**
	 * Stops at once, as a crash would: queued and in-flight messages are forgotten without an
	 * acknowledgement (the broker redelivers them). Used on shutdown too: there is nothing to drain
	 * that the broker does not keep.
	 */
	public synchronized void halt() {
		this.running = false;
		this.epoch.incrementAndGet();
		for (Thread worker : this.workers) {
			worker.interrupt();
		}
		for (Thread worker : this.workers) {
			try {
				worker.join(10_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		this.workers.clear();
		this.queues.forEach(BlockingQueue::clear);
	}

	public boolean running() {
		return this.running;
	}

	/**
	 * Hands a message to its vehicle's worker, waiting while that worker's queue is full. Returns
	 * without acknowledging when the pipeline stops meanwhile (the broker redelivers).
	 */
	public void submit(InboundMessage message) throws InterruptedException {
		this.received.increment();
		this.receivedCounter.increment();
		DeviceTopic topic = DeviceTopic.parse(message.topic(), this.topicRoot);
		String key = (topic.vehicleId() != null) ? topic.vehicleId() : message.topic();
		BlockingQueue<InboundMessage> queue = this.queues.get(Math.floorMod(key.hashCode(), this.queues.size()));
		if (queue.offer(message)) {
			return;
		}
		this.backpressureWaits.increment();
		while (this.running) {
			if (queue.offer(message, 100, TimeUnit.MILLISECONDS)) {
				return;
			}
		}
	}

	public IngestStats stats() {
		return new IngestStats(this.received.sum(), this.stored.sum(), this.duplicates.sum(), this.deadLettered.sum(),
				this.acknowledged.sum(), queued());
	}

	private long queued() {
		return this.queues.stream().mapToLong(BlockingQueue::size).sum();
	}

	private void work(BlockingQueue<InboundMessage> queue, long myEpoch) {
		int maxBatch = Math.max(1, this.settings.maxBatch());
		long lingerNanos = this.settings.linger().toNanos();
		List<InboundMessage> batch = new ArrayList<>(maxBatch);
		while (this.running && this.epoch.get() == myEpoch) {
			try {
				InboundMessage first = queue.poll(200, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				batch.add(first);
				queue.drainTo(batch, maxBatch - batch.size());
				long deadline = System.nanoTime() + lingerNanos;
				while (batch.size() < maxBatch) {
					long left = deadline - System.nanoTime();
					if (left <= 0) {
						break;
					}
					InboundMessage next = queue.poll(left, TimeUnit.NANOSECONDS);
					if (next == null) {
						break;
					}
					batch.add(next);
					queue.drainTo(batch, maxBatch - batch.size());
				}
				process(batch, myEpoch);
			}
			catch (InterruptedException ex) {
				return;
			}
			catch (RuntimeException ex) {
				// Nothing of this batch was acknowledged: the broker redelivers it after a reconnect.
				log.error("Ingest batch of {} failed unexpectedly; left unacknowledged", batch.size(), ex);
			}
			finally {
				batch.clear();
			}
		}
	}

	private void process(List<InboundMessage> batch, long myEpoch) throws InterruptedException {
		List<Envelope> envelopes = new ArrayList<>(batch.size());
		List<PositionFix> fixes = new ArrayList<>(batch.size());
		List<StopEvent> events = new ArrayList<>();
		List<DeadLetter> deadLetters = new ArrayList<>();
		int dropped = 0;
		for (InboundMessage message : batch) {
			Envelope envelope = new Envelope(message, DeviceTopic.parse(message.topic(), this.topicRoot));
			envelopes.add(envelope);
			for (IngestStage stage : this.stages) {
				envelope.outcome = stage.apply(envelope);
				if (envelope.outcome != StageOutcome.CONTINUE) {
					break;
				}
			}
			switch (envelope.outcome) {
				case StageOutcome.Continue c -> {
					if (envelope.message instanceof PositionFix fix) {
						fixes.add(fix);
					}
					else if (envelope.message instanceof StopEvent event) {
						events.add(event);
					}
				}
				case StageOutcome.Duplicate d -> dropped++;
				case StageOutcome.DeadLetter dl -> deadLetters.add(deadLetter(envelope, dl));
			}
		}
		BatchStore.Result result = storeWithRetry(fixes, events, deadLetters, myEpoch);
		if (result == null) {
			return;
		}
		for (PositionFix fix : fixes) {
			this.deduplicate.stored(fix.vehicleId(), fix.seq());
		}
		for (StopEvent event : events) {
			this.deduplicate.stored(event.vehicleId(), event.seq());
		}
		count(batch.size(), fixes.size() + events.size(), result, dropped, deadLetters);
		try {
			this.detector.detect(fixes, result.newEvents());
		}
		catch (RuntimeException ex) {
			this.detectFailures.increment();
			log.warn("Live detection failed for a batch of {} positions; they are stored", fixes.size(), ex);
		}
		if (this.epoch.get() != myEpoch) {
			return;
		}
		for (Envelope envelope : envelopes) {
			envelope.inbound.acknowledgement().acknowledge();
		}
		this.acknowledged.add(envelopes.size());
	}

	private void count(int batchSize, int accepted, BatchStore.Result result, int droppedEarly,
			List<DeadLetter> deadLetters) {
		int storedNow = result.positionsInserted() + result.newEvents().size();
		int duplicatesNow = droppedEarly + (accepted - storedNow);
		this.stored.add(storedNow);
		this.positionsCounter.increment(result.positionsInserted());
		this.eventsCounter.increment(result.newEvents().size());
		this.duplicates.add(duplicatesNow);
		this.duplicatesCounter.increment(duplicatesNow);
		this.deadLettered.add(deadLetters.size());
		for (DeadLetter deadLetter : deadLetters) {
			this.deadLetterCounters.get(deadLetter.reason()).increment();
		}
		this.batchSizes.record(batchSize);
	}

	/** The store's answer, or null when the pipeline was halted while the database was away. */
	private BatchStore.Result storeWithRetry(List<PositionFix> fixes, List<StopEvent> events,
			List<DeadLetter> deadLetters, long myEpoch) throws InterruptedException {
		long backoff = this.settings.storeRetryBackoff().toMillis();
		long maxBackoff = this.settings.storeRetryMaxBackoff().toMillis();
		int attempt = 0;
		while (true) {
			try {
				long start = System.nanoTime();
				BatchStore.Result result = storeOrSplit(fixes, events, deadLetters);
				this.storeTimer.record(Duration.ofNanos(System.nanoTime() - start));
				if (attempt > 0) {
					log.info("Store is back after {} retries", attempt);
				}
				return result;
			}
			catch (RuntimeException ex) {
				attempt++;
				this.storeRetries.increment();
				if (attempt == 1 || attempt % 20 == 0) {
					Throwable cause = ex;
					while (cause.getCause() != null && cause.getCause() != cause) {
						cause = cause.getCause();
					}
					log.warn("Cannot store a batch of {} messages (attempt {}); retrying in {} ms: {} (cause: {})",
							fixes.size() + events.size() + deadLetters.size(), attempt, backoff, ex, cause.toString());
				}
				if (!this.running || this.epoch.get() != myEpoch) {
					return null;
				}
				Thread.sleep(backoff);
				backoff = Math.min(maxBackoff, backoff * 2);
			}
		}
	}

	/**
	 * Stores the batch; when the database refuses the data itself, stores message by message and
	 * dead-letters the ones it refuses, so one poisonous row cannot block the ingest.
	 */
	private BatchStore.Result storeOrSplit(List<PositionFix> fixes, List<StopEvent> events,
			List<DeadLetter> deadLetters) {
		try {
			return this.store.store(fixes, events, deadLetters);
		}
		catch (BatchStore.RejectedBatch rejected) {
			log.warn("The database refused a batch; storing its {} messages one by one",
					fixes.size() + events.size(), rejected);
		}
		int inserted = 0;
		List<StopEvent> newEvents = new ArrayList<>();
		List<DeviceMessage> all = new ArrayList<>(fixes);
		all.addAll(events);
		for (DeviceMessage message : all) {
			List<PositionFix> oneFix = (message instanceof PositionFix fix) ? List.of(fix) : List.of();
			List<StopEvent> oneEvent = (message instanceof StopEvent event) ? List.of(event) : List.of();
			try {
				BatchStore.Result one = this.store.store(oneFix, oneEvent, List.of());
				inserted += one.positionsInserted();
				newEvents.addAll(one.newEvents());
			}
			catch (BatchStore.RejectedBatch refused) {
				deadLetters.add(new DeadLetter(receivedAt(message), "(stored message)", message.vehicleId(),
						DeadLetterReason.STORE_REJECTED, String.valueOf(refused.getCause()),
						message.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
						message.toString().length()));
			}
		}
		this.store.store(List.of(), List.of(), deadLetters);
		return new BatchStore.Result(inserted, newEvents);
	}

	private static java.time.Instant receivedAt(DeviceMessage message) {
		return switch (message) {
			case PositionFix fix -> fix.receivedAt();
			case StopEvent event -> event.receivedAt();
		};
	}

	private DeadLetter deadLetter(Envelope envelope, StageOutcome.DeadLetter outcome) {
		byte[] payload = envelope.inbound.payload();
		int cap = Math.min(payload.length, Math.max(0, this.settings.deadLetterPayloadBytes()));
		byte[] kept = (cap == payload.length) ? payload : java.util.Arrays.copyOf(payload, cap);
		String detail = outcome.detail();
		if (detail != null && detail.length() > 500) {
			detail = detail.substring(0, 500);
		}
		return new DeadLetter(envelope.inbound.receivedAt(), abbreviate(envelope.inbound.topic()),
				envelope.topic.vehicleId(), outcome.reason(), detail, kept, payload.length);
	}

	private static String abbreviate(String topic) {
		return (topic.length() <= 300) ? topic : topic.substring(0, 300);
	}

}
