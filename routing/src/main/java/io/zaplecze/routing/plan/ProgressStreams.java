package io.zaplecze.routing.plan;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-sent events of a job's best score over time. The stream reads the progress the solving
 * instance records in the database, so it works from any instance: {@code progress} events
 * ({@code {"seq","at","score"}}) as the best score improves, then one {@code status} event with the
 * finished job, then the stream closes.
 */
@Component
class ProgressStreams implements DisposableBean {

	private static final Duration TIMEOUT = Duration.ofMinutes(70);

	private final PlanningService planning;

	private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(
			Thread.ofPlatform().name("planning-progress").daemon().factory());

	ProgressStreams(PlanningService planning) {
		this.planning = planning;
	}

	SseEmitter open(UUID jobId) {
		SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
		AtomicInteger seq = new AtomicInteger();
		AtomicReference<ScheduledFuture<?>> task = new AtomicReference<>();
		Runnable tick = () -> {
			try {
				List<PlanningJobRepository.Progress> points = this.planning.progress(jobId, seq.get());
				for (PlanningJobRepository.Progress p : points) {
					emitter.send(SseEmitter.event().name("progress").id(Integer.toString(p.seq()))
						.data(Map.of("seq", p.seq(), "at", p.at().toString(), "score", p.score())));
					seq.set(p.seq());
				}
				PlanningJob job = this.planning.job(jobId);
				if (job.finished()) {
					emitter.send(SseEmitter.event().name("status").data(PlanRequests.JobResponse.of(job)));
					emitter.complete();
					cancel(task);
				}
			}
			catch (IOException | RuntimeException ex) {
				emitter.completeWithError(ex);
				cancel(task);
			}
		};
		task.set(this.ticker.scheduleWithFixedDelay(tick, 0, 500, TimeUnit.MILLISECONDS));
		emitter.onCompletion(() -> cancel(task));
		emitter.onTimeout(() -> cancel(task));
		emitter.onError(ex -> cancel(task));
		return emitter;
	}

	private static void cancel(AtomicReference<ScheduledFuture<?>> task) {
		ScheduledFuture<?> f = task.get();
		if (f != null) {
			f.cancel(false);
		}
	}

	@Override
	public void destroy() {
		this.ticker.shutdownNow();
	}

}
