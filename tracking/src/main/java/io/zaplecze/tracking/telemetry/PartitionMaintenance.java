package io.zaplecze.tracking.telemetry;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zaplecze.tracking.TrackingProperties;

import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Daily partitions of {@code positions}: created ahead of time (and on demand for a late day), and
 * dropped whole once older than the retention, which is how old telemetry leaves without a slow
 * {@code DELETE}. Partitions are named {@code positions_pYYYYMMDD}.
 */
@Component
public class PartitionMaintenance implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(PartitionMaintenance.class);

	private static final DateTimeFormatter SUFFIX = DateTimeFormatter.ofPattern("yyyyMMdd");

	private final JdbcTemplate jdbc;

	private final TrackingProperties.Telemetry settings;

	private final Clock clock;

	private @Nullable ScheduledExecutorService scheduler;

	PartitionMaintenance(JdbcTemplate jdbc, TrackingProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.settings = properties.telemetry();
		this.clock = clock;
	}

	@Override
	public void start() {
		maintain();
		this.scheduler = Executors.newSingleThreadScheduledExecutor(
				Thread.ofPlatform().daemon().name("positions-partitions").factory());
		long every = Math.max(60, this.settings.maintenanceInterval().toSeconds());
		this.scheduler.scheduleWithFixedDelay(this::maintainQuietly, every, every, TimeUnit.SECONDS);
	}

	@Override
	public void stop() {
		if (this.scheduler != null) {
			this.scheduler.shutdownNow();
			this.scheduler = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.scheduler != null;
	}

	/** Before the ingest starts. */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 2000;
	}

	/** Creates yesterday's to {@code partitionsAhead} days ahead; drops those past the retention. */
	public void maintain() {
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneOffset.UTC));
		ensure(today.minusDays(1), today.plusDays(Math.max(1, this.settings.partitionsAhead())));
		dropOlderThan(today.minusDays(Math.max(1, this.settings.retention().toDays())));
	}

	private void maintainQuietly() {
		try {
			maintain();
		}
		catch (RuntimeException ex) {
			log.warn("Partition maintenance failed; next attempt in {}", this.settings.maintenanceInterval(), ex);
		}
	}

	/** Makes sure a partition exists for every day in {@code [from, to]}. */
	public void ensure(LocalDate from, LocalDate to) {
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			String name = "positions_p" + SUFFIX.format(day);
			try {
				this.jdbc.execute("CREATE TABLE IF NOT EXISTS tracking." + name + " PARTITION OF tracking.positions FOR VALUES FROM ('" + day
						+ "') TO ('" + day.plusDays(1) + "')");
			}
			catch (DataAccessException ex) {
				// Two workers creating the same day race on the catalogue; the loser finds it there.
				if (!exists(name)) {
					throw ex;
				}
			}
		}
	}

	private boolean exists(String table) {
		Integer found = this.jdbc.queryForObject("SELECT count(*) FROM pg_tables WHERE schemaname = 'tracking' AND tablename = ?", Integer.class, table);
		return found != null && found > 0;
	}

	/** Drops daily partitions of days before {@code cutoff}; returns how many. */
	public int dropOlderThan(LocalDate cutoff) {
		List<String> partitions = this.jdbc.queryForList("""
				SELECT c.relname FROM pg_inherits i
				JOIN pg_class c ON c.oid = i.inhrelid
				JOIN pg_class p ON p.oid = i.inhparent
				JOIN pg_namespace n ON n.oid = p.relnamespace
				WHERE p.relname = 'positions' AND n.nspname = 'tracking'""", String.class);
		String limit = "positions_p" + SUFFIX.format(cutoff);
		int dropped = 0;
		for (String partition : partitions) {
			if (partition.matches("positions_p\\d{8}") && partition.compareTo(limit) < 0) {
				this.jdbc.execute("DROP TABLE IF EXISTS tracking." + partition);
				log.info("Dropped telemetry partition {} (retention {})", partition, this.settings.retention());
				dropped++;
			}
		}
		return dropped;
	}

}
