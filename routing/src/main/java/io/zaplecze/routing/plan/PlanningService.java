package io.zaplecze.routing.plan;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.zaplecze.platform.audit.AuditTrail;
import io.zaplecze.routing.delivery.DeliveryService;
import io.zaplecze.routing.fleet.FleetService;

/**
 * Planning jobs as use cases: queue a plan or a re-plan, stop one early, read its status and progress,
 * and keep the dispatcher's pins. Solving happens in {@link PlanningWorker}, on whichever instance
 * claims the job.
 */
@Service
public class PlanningService {

	private final PlanningJobRepository jobs;

	private final PlanRepository plans;

	private final StopPinRepository pins;

	private final FleetService fleet;

	private final DeliveryService deliveries;

	private final PlanningProperties properties;

	private final JsonMapper json;

	private final Clock clock;

	private final PlanningWorker worker;

	private final AuditTrail audit;

	PlanningService(PlanningJobRepository jobs, PlanRepository plans, StopPinRepository pins, FleetService fleet,
			DeliveryService deliveries, PlanningProperties properties, JsonMapper json, Clock clock,
			PlanningWorker worker, AuditTrail audit) {
		this.jobs = jobs;
		this.plans = plans;
		this.pins = pins;
		this.fleet = fleet;
		this.deliveries = deliveries;
		this.properties = properties;
		this.json = json;
		this.clock = clock;
		this.worker = worker;
		this.audit = audit;
	}

	/** Queues a plan for a day. A retry with the same key returns the first job. */
	@Transactional
	public PlanningJob plan(LocalDate date, @Nullable Duration timeLimit, @Nullable String idempotencyKey) {
		int seconds = limitSeconds(timeLimit);
		String options = "{}";
		PlanningJob existing = replay(idempotencyKey, date, "PLAN", options);
		if (existing != null) {
			return existing;
		}
		return queue(date, "PLAN", seconds, options, idempotencyKey);
	}

	/**
	 * Queues a re-plan of a day's published plan from the live state (or, without live data, from the
	 * published times): vehicles on the road start where they are, done stops stay, the stop in
	 * progress stays first, new deliveries of the day are added, vehicles in {@code vehiclesOut} are
	 * taken out and their stops redistributed.
	 */
	@Transactional
	public PlanningJob replan(UUID planId, @Nullable Duration timeLimit, List<String> vehiclesOut, @Nullable Instant at,
			@Nullable String idempotencyKey) {
		LocalDate date = this.plans.dateOf(planId).orElseThrow(() -> new PlanNotFound(planId.toString()));
		if (this.plans.published(date).isEmpty()) {
			throw new NoPublishedPlan(planId);
		}
		for (String code : vehiclesOut) {
			this.fleet.byCode(code);
		}
		int seconds = limitSeconds(timeLimit);
		ObjectNode options = this.json.createObjectNode();
		options.put("planId", planId.toString());
		var out = options.putArray("vehiclesOut");
		vehiclesOut.stream().sorted().forEach(out::add);
		if (at != null) {
			options.put("at", at.toString());
		}
		String text = this.json.writeValueAsString(options);
		PlanningJob existing = replay(idempotencyKey, date, "REPLAN", text);
		if (existing != null) {
			return existing;
		}
		PlanningJob job = queue(date, "REPLAN", seconds, text, idempotencyKey);
		this.audit.record("routing.plan.replanned", "plan:" + planId, java.util.Map.of("job", job.id().toString(),
				"date", date.toString(), "vehiclesOut", vehiclesOut.stream().sorted().toList()));
		return job;
	}

	private @Nullable PlanningJob replay(@Nullable String key, LocalDate date, String kind, String options) {
		if (key == null) {
			return null;
		}
		if (key.isBlank() || key.length() > 200) {
			throw new InvalidPlanningRequest("The Idempotency-Key must have 1 to 200 characters, had " + key.length());
		}
		return this.jobs.findByIdempotencyKey(key).map(job -> {
			if (!job.date().equals(date) || !job.kind().equals(kind)
					|| !this.json.readTree(job.options()).equals(this.json.readTree(options))) {
				throw new IdempotencyKeyReused(key);
			}
			return job;
		}).orElse(null);
	}

	private PlanningJob queue(LocalDate date, String kind, int seconds, String options, @Nullable String key) {
		PlanningJob job = new PlanningJob(UUID.randomUUID(), date, kind, "QUEUED", seconds, options,
				this.clock.instant(), null, null, false, null, null, null, null);
		this.jobs.insert(job, key);
		this.worker.wakeUpAfterCommit();
		return job;
	}

	private int limitSeconds(@Nullable Duration timeLimit) {
		Duration limit = timeLimit == null ? this.properties.defaultTimeLimit() : timeLimit;
		if (limit.isNegative() || limit.isZero() || limit.compareTo(this.properties.maxTimeLimit()) > 0) {
			throw new InvalidPlanningRequest("The time limit must be between 1 s and "
					+ this.properties.maxTimeLimit().toSeconds() + " s, was " + limit.toSeconds() + " s");
		}
		return (int) Math.max(1, limit.toSeconds());
	}

	@Transactional(readOnly = true)
	public PlanningJob job(UUID jobId) {
		return this.jobs.find(jobId).orElseThrow(() -> new PlanningJobNotFound(jobId));
	}

	/** Asks a job to stop: a queued job never starts, a solving one ends with its best plan so far. */
	@Transactional
	public PlanningJob stop(UUID jobId) {
		job(jobId);
		if (this.jobs.cancelQueued(jobId, this.clock.instant()) == 0) {
			this.jobs.requestStop(jobId);
		}
		return job(jobId);
	}

	@Transactional(readOnly = true)
	List<PlanningJobRepository.Progress> progress(UUID jobId, int afterSeq) {
		return this.jobs.progressAfter(jobId, afterSeq);
	}

	@Transactional(readOnly = true)
	public List<PlanningJob> jobs(LocalDate date) {
		return this.jobs.forDate(date);
	}

	/** Pins a day's delivery to a vehicle (and, with a sequence, to the start of its route). */
	@Transactional
	ProblemAssembler.Pin pin(LocalDate date, UUID shipmentId, String vehicleId, @Nullable Integer sequence) {
		var delivery = this.deliveries.get(shipmentId);
		if (!delivery.deliveryDate().equals(date)) {
			throw new InvalidPlanningRequest("Shipment " + shipmentId + " is delivered on " + delivery.deliveryDate()
					+ ", not on " + date);
		}
		this.fleet.byCode(vehicleId);
		if (sequence != null && sequence < 1) {
			throw new InvalidPlanningRequest("A pinned sequence starts at 1");
		}
		this.pins.put(date, shipmentId, vehicleId, sequence, this.clock.instant());
		return new ProblemAssembler.Pin(shipmentId, vehicleId, sequence);
	}

	@Transactional
	void unpin(LocalDate date, UUID shipmentId) {
		if (this.pins.remove(date, shipmentId) == 0) {
			throw new PlanNotFound("pin for shipment " + shipmentId + " on " + date);
		}
	}

	@Transactional(readOnly = true)
	List<ProblemAssembler.Pin> pins(LocalDate date) {
		return this.pins.forDate(date);
	}

	LocalDate dateOf(UUID planId) {
		return this.plans.dateOf(Objects.requireNonNull(planId)).orElseThrow(() -> new PlanNotFound(planId.toString()));
	}

}
