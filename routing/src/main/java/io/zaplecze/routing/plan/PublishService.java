package io.zaplecze.routing.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.zaplecze.platform.audit.AuditTrail;
import io.zaplecze.routing.RoutePlanPublished;

/**
 * Publishes plan versions and reads them. Publishing supersedes the day's earlier publication and
 * raises {@link RoutePlanPublished} in the same transaction (the outbox delivers it to the warehouse
 * and tracking after commit).
 */
@Service
public class PublishService {

	private final PlanRepository plans;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final AuditTrail audit;

	PublishService(PlanRepository plans, ApplicationEventPublisher events, Clock clock, AuditTrail audit) {
		this.plans = plans;
		this.events = events;
		this.clock = clock;
		this.audit = audit;
	}

	/**
	 * Publishes a version. Publishing the version that is already published changes nothing and
	 * raises no second event. A version that breaks hard rules is refused unless {@code force}.
	 */
	@Transactional
	public RoutePlanPublished publish(UUID planId, int version, boolean force) {
		this.plans.lock(planId);
		PlanRepository.Version v = this.plans.find(planId, version)
			.orElseThrow(() -> new PlanNotFound(planId + " version " + version));
		if ("PUBLISHED".equals(v.status())) {
			return event(v, v.publishedAt());
		}
		if (!v.content().feasible() && !force) {
			throw new PlanNotPublishable("Version " + version + " breaks hard rules (score " + v.score()
					+ "); fix the plan or publish with force=true");
		}
		Instant now = this.clock.instant();
		this.plans.publish(planId, version, now);
		RoutePlanPublished event = event(v, now);
		this.events.publishEvent(event);
		this.audit.record("routing.plan.published", "plan:" + planId, java.util.Map.of("version", version, "date",
				v.date().toString(), "force", force, "feasible", v.content().feasible(), "score", v.score()));
		return event;
	}

	@Transactional(readOnly = true)
	public Optional<PlanRepository.Version> published(LocalDate date) {
		return this.plans.published(date);
	}

	@Transactional(readOnly = true)
	PlanRepository.Version version(UUID planId, int version) {
		return this.plans.find(planId, version).orElseThrow(() -> new PlanNotFound(planId + " version " + version));
	}

	@Transactional(readOnly = true)
	List<PlanRepository.Version> versions(LocalDate date) {
		return this.plans.versions(date);
	}

	static RoutePlanPublished event(PlanRepository.Version v, Instant publishedAt) {
		List<RoutePlanPublished.Route> routes = v.content()
			.routes()
			.stream()
			.map(r -> new RoutePlanPublished.Route(r.routeId(), r.vehicleId(), r.refrigerated(), r.depotId(), r.depot(),
					r.departure(), r.returnAt(), r.distanceMeters(), r.drivingSeconds(),
					r.stops()
						.stream()
						.map(s -> new RoutePlanPublished.Stop(s.stopId(), s.shipmentId(), s.sequence(), s.location(),
								s.plannedArrival(), s.plannedDeparture(), s.timeWindows(), s.serviceSeconds()))
						.toList()))
			.toList();
		return new RoutePlanPublished(v.planId(), v.version(), v.date(), publishedAt, routes);
	}

}
