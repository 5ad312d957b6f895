package io.zaplecze.routing.plan;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolverJob;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.zaplecze.routing.solver.RoutingSolution;

/**
 * Solves queued planning jobs. Every instance runs one: it claims the oldest queued job with
 * {@code FOR UPDATE SKIP LOCKED} (so two instances never take the same job), beats a heartbeat while
 * solving (a job whose instance died is queued again after {@code stale-after}), records the best
 * score over time for the progress stream, honours a stop request from any instance, and stores the
 * result as a new draft version of the day's plan.
 */
@Component
class PlanningWorker implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(PlanningWorker.class);

	private static final long PROGRESS_EVERY_MILLIS = 250;

	private final PlanningJobRepository jobs;

	private final PlanRepository plans;

	private final JobInputs inputs;

	private final ProblemAssembler assembler;

	private final PlanWriter writer;

	private final SolverManager<RoutingSolution> solverManager;

	private final PlanningProperties properties;

	private final TransactionTemplate tx;

	private final Clock clock;

	private final ObjectProvider<MeterRegistry> meters;

	private final String instance = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

	private final Semaphore slots;

	private final Set<UUID> running = ConcurrentHashMap.newKeySet();

	private final Object signal = new Object();

	private volatile boolean active;

	private @Nullable Thread poller;

	private @Nullable ExecutorService solvers;

	PlanningWorker(PlanningJobRepository jobs, PlanRepository plans, JobInputs inputs, ProblemAssembler assembler,
			PlanWriter writer, SolverManager<RoutingSolution> solverManager, PlanningProperties properties,
			TransactionTemplate tx, Clock clock, ObjectProvider<MeterRegistry> meters) {
		this.jobs = jobs;
		this.plans = plans;
		this.inputs = inputs;
		this.assembler = assembler;
		this.writer = writer;
		this.solverManager = solverManager;
		this.properties = properties;
		this.tx = tx;
		this.clock = clock;
		this.meters = meters;
		this.slots = new Semaphore(properties.concurrentJobs());
	}

	/** Looks for work right after the current transaction commits (a job was just queued). */
	void wakeUpAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					wakeUp();
				}
			});
		}
		else {
			wakeUp();
		}
	}

	private void wakeUp() {
		synchronized (this.signal) {
			this.signal.notifyAll();
		}
	}

	@Override
	public void start() {
		this.active = true;
		this.solvers = Executors.newFixedThreadPool(this.properties.concurrentJobs(),
				Thread.ofPlatform().name("planning-job-", 0).factory());
		this.poller = Thread.ofPlatform().name("planning-poller").daemon().start(this::poll);
	}

	@Override
	public void stop() {
		this.active = false;
		wakeUp();
		for (UUID id : this.running) {
			this.solverManager.terminateEarly(id);
		}
		if (this.solvers != null) {
			this.solvers.shutdown();
			try {
				this.solvers.awaitTermination(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.active;
	}

	private void poll() {
		while (this.active) {
			try {
				Instant now = this.clock.instant();
				for (UUID id : this.running) {
					this.jobs.heartbeat(id, now);
				}
				int requeued = this.jobs.requeueStale(now.minus(this.properties.staleAfter()));
				if (requeued > 0) {
					log.warn("Queued {} planning job(s) again: their instance stopped beating its heartbeat", requeued);
				}
				while (this.active && this.slots.tryAcquire()) {
					PlanningJob job = this.tx.execute(s -> this.jobs.claim(this.instance, this.clock.instant()).orElse(null));
					if (job == null) {
						this.slots.release();
						break;
					}
					this.running.add(job.id());
					this.solvers.execute(() -> {
						try {
							solve(job);
						}
						finally {
							this.running.remove(job.id());
							this.slots.release();
						}
					});
				}
			}
			catch (RuntimeException ex) {
				log.warn("Planning poller: {}", ex.toString());
			}
			synchronized (this.signal) {
				try {
					this.signal.wait(this.properties.pollInterval().toMillis());
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	private void solve(PlanningJob job) {
		long started = System.nanoTime();
		try {
			JobInputs.Loaded loaded = this.inputs.load(job);
			ProblemAssembler.Assembled problem = this.assembler.assemble(job.date(), loaded.deliveries(),
					loaded.vehicles(), loaded.pins(), loaded.replan(), Duration.ofSeconds(job.timeLimitSeconds()));
			RoutingSolution solution = problem.solution();
			RoutingSolution solved = solution;
			if (!solution.getVisits().isEmpty() && !solution.getVehicles().isEmpty()) {
				solved = run(job, solution);
			}
			UUID planId = this.tx.execute(s -> this.plans.planFor(job.date(), this.clock.instant()));
			PlanContent content = this.writer.write(planId, problem, solved);
			this.tx.executeWithoutResult(s -> {
				int version = this.plans.append(planId, job.id(), content, this.clock.instant());
				this.jobs.solved(job.id(), content.score(), planId, version, this.clock.instant());
			});
			log.info("Planning job {} for {} solved in {} ms: {}", job.id(), job.date(),
					(System.nanoTime() - started) / 1_000_000, content.score());
			count("solved");
		}
		catch (RuntimeException | InterruptedException ex) {
			if (ex instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
			log.warn("Planning job {} failed", job.id(), ex);
			String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
			this.tx.executeWithoutResult(s -> this.jobs.failed(job.id(), message, this.clock.instant()));
			count("failed");
		}
	}

	private RoutingSolution run(PlanningJob job, RoutingSolution problem) throws InterruptedException {
		AtomicInteger seq = new AtomicInteger();
		AtomicLong lastWrite = new AtomicLong();
		problem.onProgress(score -> {
			long now = System.currentTimeMillis();
			if (now - lastWrite.get() >= PROGRESS_EVERY_MILLIS) {
				lastWrite.set(now);
				record(job, seq, score);
			}
		});
		SolverJob<RoutingSolution> solverJob = this.solverManager.solveBuilder()
			.withProblemId(job.id())
			.withProblem(problem)
			.withConfigOverride(new SolverConfigOverride()
				.withTerminationSpentLimit(Duration.ofSeconds(job.timeLimitSeconds())))
			.withBestSolutionEventConsumer(event -> {
				long now = System.currentTimeMillis();
				if (now - lastWrite.get() >= PROGRESS_EVERY_MILLIS) {
					lastWrite.set(now);
					record(job, seq, event.solution().getScore());
				}
			})
			.withFinalBestSolutionEventConsumer(event -> record(job, seq, event.solution().getScore()))
			.run();
		long lastCheck = System.nanoTime();
		while (!isDone(solverJob)) {
			Thread.sleep(100);
			if (System.nanoTime() - lastCheck > 500_000_000L) {
				lastCheck = System.nanoTime();
				if (!this.active || Boolean.TRUE.equals(this.tx.execute(s -> this.jobs.stopRequested(job.id())))) {
					this.solverManager.terminateEarly(job.id());
				}
			}
		}
		try {
			return solverJob.getFinalBestSolution();
		}
		catch (java.util.concurrent.ExecutionException ex) {
			throw new IllegalStateException("The solver failed: " + ex.getCause(), ex.getCause());
		}
	}

	private static boolean isDone(SolverJob<RoutingSolution> job) {
		return job.getSolverStatus() == ai.timefold.solver.core.api.solver.SolverStatus.NOT_SOLVING;
	}

	private synchronized void record(PlanningJob job, AtomicInteger seq, @Nullable HardMediumSoftScore score) {
		if (score == null) {
			return;
		}
		try {
			this.tx.executeWithoutResult(s -> this.jobs.progress(job.id(), seq.incrementAndGet(), score.toShortString(),
					this.clock.instant()));
		}
		catch (RuntimeException ex) {
			log.debug("Progress of job {} not recorded: {}", job.id(), ex.toString());
		}
	}

	private void count(String outcome) {
		MeterRegistry registry = this.meters.getIfAvailable();
		if (registry != null) {
			registry.counter("zaplecze.routing.planning.jobs", "outcome", outcome).increment();
		}
	}

}
