package io.zaplecze.app.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

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

	private final ZoneId zone;

	DemoDaySeeder(List<DemoDay> contributions, Clock clock, DemoProperties properties) {
		this.contributions = contributions.stream().sorted(Comparator.comparingInt(DemoDay::order)).toList();
		this.clock = clock;
		this.zone = properties.zone();
	}

	@EventListener(ApplicationReadyEvent.class)
	void seed() {
		LocalDate day = LocalDate.now(this.clock.withZone(this.zone));
		for (DemoDay contribution : this.contributions) {
			log.info("Demo day {}: seeding {}", day, contribution.getClass().getSimpleName());
			contribution.seed(day);
		}
		log.info("Demo day {} ready ({} module contributions)", day, this.contributions.size());
	}

}
