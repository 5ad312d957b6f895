package io.zaplecze.warehouse.supervisor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.zaplecze.inventory.StockControl;
import io.zaplecze.warehouse.claims.TaskClaims;
import io.zaplecze.warehouse.layout.LayoutService;
import io.zaplecze.warehouse.layout.Site;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervisor's view of a site's day: open tasks by type and by person, each wave's progress,
 * and the waves that are late: behind the ready time the planner was told, or planned to finish
 * after their route's departure.
 */
@Service
@Transactional(readOnly = true)
public class SupervisorBoard {

	private final JdbcClient jdbc;

	private final LayoutService layout;

	private final TaskClaims claims;

	private final StockControl control;

	private final Clock clock;

	SupervisorBoard(JdbcClient jdbc, LayoutService layout, TaskClaims claims, StockControl control, Clock clock) {
		this.jdbc = jdbc;
		this.layout = layout;
		this.claims = claims;
		this.control = control;
		this.clock = clock;
	}

	public Board board(String siteCode, LocalDate day) {
		Site site = this.layout.site(siteCode);
		Instant now = this.clock.instant();
		Map<String, Integer> open = new LinkedHashMap<>();
		open.put("PUTAWAY", count("SELECT count(*) FROM warehouse.putaway_task WHERE site_id = ? AND status = 'OPEN'", site.id()));
		open.put("PICK", this.jdbc.sql("""
				SELECT count(*) FROM warehouse.pick_task t JOIN warehouse.pick_wave w ON w.id = t.wave_id
				WHERE w.site_id = ? AND w.plan_date = ? AND t.status = 'OPEN'""")
			.params(site.id(), day)
			.query(Integer.class)
			.single());
		open.put("REPLENISHMENT",
				count("SELECT count(*) FROM warehouse.replenishment_task WHERE site_id = ? AND status = 'OPEN'", site.id()));
		open.put("COUNT", this.control.openCounts(site.code()).size());
		open.put("LOADING", this.jdbc.sql("""
				SELECT count(DISTINCT w.route_id) FROM warehouse.pick_wave w
				WHERE w.site_id = ? AND w.plan_date = ?
				  AND NOT EXISTS (SELECT 1 FROM warehouse.vehicle_load v WHERE v.route_id = w.route_id)""")
			.params(site.id(), day)
			.query(Integer.class)
			.single());
		Map<String, List<TaskClaims.Claim>> byPerson = new LinkedHashMap<>();
		this.claims.atSite(site.id()).forEach((c) -> byPerson.computeIfAbsent(c.by(), (k) -> new ArrayList<>()).add(c));
		List<PersonTasks> people = new ArrayList<>();
		byPerson.forEach((person, list) -> people.add(new PersonTasks(person, list)));
		List<WaveProgress> waves = this.jdbc.sql("""
				SELECT w.id, w.route_id, w.vehicle_id, w.zone_code, w.status, w.scheduled_start, w.scheduled_end, w.departure,
				       count(t.id), count(t.id) FILTER (WHERE t.status <> 'OPEN'),
				       coalesce(sum(t.quantity), 0), coalesce(sum(t.picked_quantity) FILTER (WHERE t.status <> 'OPEN'), 0),
				       (SELECT c.claimed_by FROM warehouse.task_claim c WHERE c.task_type = 'PICK_WAVE' AND c.task_id = w.id)
				FROM warehouse.pick_wave w LEFT JOIN warehouse.pick_task t ON t.wave_id = w.id
				WHERE w.site_id = ? AND w.plan_date = ?
				GROUP BY w.id ORDER BY w.departure, w.vehicle_id, w.zone_code""")
			.params(site.id(), day)
			.query((rs, n) -> {
				String status = rs.getString(5);
				Instant end = rs.getObject(7, OffsetDateTime.class).toInstant();
				Instant departure = rs.getObject(8, OffsetDateTime.class).toInstant();
				String late = null;
				if (!"DONE".equals(status) && now.isAfter(end)) {
					late = "Behind: the planner was told it is ready at " + end;
				}
				if (!"DONE".equals(status) && end.isAfter(departure)) {
					late = "Planned to finish after the route's departure at " + departure;
				}
				return new WaveProgress(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
						rs.getString(4), status, rs.getObject(6, OffsetDateTime.class).toInstant(), end, departure,
						rs.getInt(9), rs.getInt(10), rs.getInt(11), rs.getInt(12), rs.getString(13), late);
			})
			.list();
		return new Board(site.code(), day, now, open, people, waves,
				(int) waves.stream().filter((w) -> w.late() != null).count());
	}

	private int count(String sql, UUID siteId) {
		return this.jdbc.sql(sql).param(siteId).query(Integer.class).single();
	}

	/**
	 * The board.
	 *
	 * @param site the site
	 * @param date the day
	 * @param at when it was read
	 * @param openTasks open tasks by type (PUTAWAY, PICK lines, REPLENISHMENT, COUNT, LOADING routes)
	 * @param people the tasks each person holds
	 * @param waves every wave of the day with progress, departure order
	 * @param lateWaves how many waves are late
	 */
	public record Board(String site, LocalDate date, Instant at, Map<String, Integer> openTasks, List<PersonTasks> people,
			List<WaveProgress> waves, int lateWaves) {
	}

	public record PersonTasks(String person, List<TaskClaims.Claim> tasks) {
	}

	/** A wave's progress; {@code late} says why it is late, null when it is not. */
	public record WaveProgress(UUID waveId, UUID routeId, String vehicleId, String zone, String status,
			Instant scheduledStart, Instant readyAt, Instant departure, int lines, int linesDone, int units, int unitsPicked,
			@Nullable String takenBy, @Nullable String late) {
	}

}
