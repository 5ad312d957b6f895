package io.zaplecze.app.demo;

import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zaplecze.platform.DemoDay;
import io.zaplecze.routing.DriverAssignments;
import io.zaplecze.routing.RoutePlanManagement;
import io.zaplecze.routing.RoutePlanPublished;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Puts the demo's drivers (the configured users with the DRIVER role) on the vans of the day's
 * published plan, one van each in route order, after the planner has published (order 310).
 * Idempotent: a driver who already has a van that day keeps it.
 */
@Component
@Profile("demo")
class DemoDriverAssignment implements DemoDay {

	private static final Logger log = LoggerFactory.getLogger(DemoDriverAssignment.class);

	private final RoutePlanManagement planner;

	private final DriverAssignments assignments;

	private final List<String> drivers;

	DemoDriverAssignment(RoutePlanManagement planner, DriverAssignments assignments,
			io.zaplecze.app.security.SecurityProperties security) {
		this.planner = planner;
		this.assignments = assignments;
		this.drivers = security.users()
			.stream()
			.filter(u -> u.roles().contains(io.zaplecze.app.security.Role.DRIVER))
			.map(io.zaplecze.app.security.SecurityProperties.User::username)
			.toList();
	}

	@Override
	public int order() {
		return 310;
	}

	@Override
	public void seed(LocalDate day) {
		List<RoutePlanPublished.Route> routes = this.planner.published(day)
			.map(RoutePlanPublished::routes)
			.orElse(List.of());
		for (int i = 0; i < this.drivers.size() && i < routes.size(); i++) {
			String driver = this.drivers.get(i);
			if (this.assignments.of(day, driver).isPresent()) {
				continue;
			}
			String vehicle = routes.get(i).vehicleId();
			this.assignments.assign(day, driver, vehicle);
			log.info("Demo day {}: driver '{}' drives {}", day, driver, vehicle);
		}
	}

}
