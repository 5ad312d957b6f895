package io.zaplecze.app.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zaplecze.platform.DemoDay;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Under the {@code demo} profile, lets every module seed its part of a realistic operating day once
 * the application is ready, in module order (stock before orders before plans before tracking).
 */
@Component
@Profile("demo")
class DemoDaySeeder {

	private static final Logger log = LoggerFactory.getLogger(DemoDaySeeder.class);

	private final List<DemoDay> contributions;

	private final Clock clock;

	/** The PostgreSQL advisory lock the instances seed under, one at a time. */
	private static final long SEED_LOCK = 0x5a61706c65637a65L;

	private final ZoneId zone;

	private final DataSource dataSource;

	DemoDaySeeder(List<DemoDay> contributions, Clock clock, DemoProperties properties, DataSource dataSource) {
		this.dataSource = dataSource;
		this.contributions = contributions.stream().sorted(Comparator.comparingInt(DemoDay::order)).toList();
		this.clock = clock;
		this.zone = properties.zone();
	}

	@EventListener(ApplicationReadyEvent.class)
	void seed() {
		LocalDate day = LocalDate.now(this.clock.withZone(this.zone));
		// Several instances (docker-compose runs two) seed one after the other: every contribution is
		// idempotent, so the later ones find the day seeded.
		try (Connection lock = this.dataSource.getConnection(); Statement st = lock.createStatement()) {
			st.execute("SELECT pg_advisory_lock(" + SEED_LOCK + ")");
			try {
				for (DemoDay contribution : this.contributions) {
					log.info("Demo day {}: seeding {}", day, contribution.getClass().getSimpleName());
					contribution.seed(day);
				}
			}
			finally {
				st.execute("SELECT pg_advisory_unlock(" + SEED_LOCK + ")");
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Demo day " + day + ": the seeding lock failed", ex);
		}
		log.info("Demo day {} ready ({} module contributions)", day, this.contributions.size());
	}

}
