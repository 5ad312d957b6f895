package io.zaplecze.routing.plan;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import io.zaplecze.routing.RoutePlanManagement;
import io.zaplecze.routing.RoutePlanPublished;
import io.zaplecze.routing.delivery.DeliveryService;

/** The route planner's facade for other modules. */
@Service
class RoutePlanService implements RoutePlanManagement {

	private final PlanningService planning;

	private final PublishService publishing;

	private final DeliveryService deliveries;

	RoutePlanService(PlanningService planning, PublishService publishing, DeliveryService deliveries) {
		this.planning = planning;
		this.publishing = publishing;
		this.deliveries = deliveries;
	}

	@Override
	public UUID requestPlan(LocalDate date, Duration timeLimit) {
		return this.planning.plan(date, timeLimit, null).id();
	}

	@Override
	public PlanningJobStatus job(UUID jobId) {
		PlanningJob j = this.planning.job(jobId);
		return new PlanningJobStatus(j.id(), j.date(), j.status(), j.bestScore(), j.planId(), j.planVersion(), j.error());
	}

	@Override
	public RoutePlanPublished publish(UUID planId, int version) {
		return this.publishing.publish(planId, version, false);
	}

	@Override
	public Optional<RoutePlanPublished> published(LocalDate date) {
		return this.publishing.published(date).map(v -> PublishService.event(v, v.publishedAt()));
	}

	@Override
	public int deliveriesFor(LocalDate date) {
		return this.deliveries.toDeliver(date).size();
	}

}
