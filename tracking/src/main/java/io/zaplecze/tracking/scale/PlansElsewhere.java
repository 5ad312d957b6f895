package io.zaplecze.tracking.scale;

import java.util.Objects;

import io.zaplecze.tracking.live.LiveFleet;
import io.zaplecze.tracking.plan.KnownVehicles;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Plans and registrations arrive as in-process events on the instance they were made on; the
 * ingest's owner follows those made elsewhere from the database: newly known vehicles are admitted
 * (their dead letters replayed), and a change of the current routes makes every vehicle look its
 * route up again.
 */
final class PlansElsewhere implements Runnable {

	private final JdbcTemplate jdbc;

	private final KnownVehicles known;

	private final LiveFleet fleet;

	private String routes = "";

	PlansElsewhere(JdbcTemplate jdbc, KnownVehicles known, LiveFleet fleet) {
		this.jdbc = jdbc;
		this.known = known;
		this.fleet = fleet;
	}

	@Override
	public void run() {
		this.known.refresh();
		String now = this.jdbc.queryForObject(
				"SELECT count(*) || ':' || coalesce(sum(plan_version), 0) FROM tracking.routes WHERE NOT superseded",
				String.class);
		if (!this.routes.isEmpty() && !Objects.equals(now, this.routes)) {
			this.fleet.plansChanged();
		}
		this.routes = Objects.requireNonNullElse(now, "");
	}

}
