package io.zaplecze.platform;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;

/**
 * Wires the platform into any Boot application or module test: per-module schema migrations
 * (plus the platform's own schema for the event publication registry) and GeoJSON for JTS types.
 */
@AutoConfiguration(before = FlywayAutoConfiguration.class)
public class PlatformAutoConfiguration {

	@Bean
	ModuleSchema platformSchema() {
		return new ModuleSchema("platform");
	}

	@Bean
	@ConditionalOnMissingBean(FlywayMigrationStrategy.class)
	FlywayMigrationStrategy moduleSchemaMigrations(ObjectProvider<ModuleSchema> schemas) {
		return new ModuleSchemaMigrations(schemas.orderedStream().toList());
	}

	/** UTC system time; tests and the simulator-driven demo may replace it. */
	@Bean
	@ConditionalOnMissingBean(Clock.class)
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	GeoJsonModule geoJsonModule() {
		return new GeoJsonModule();
	}

	@Bean
	RequestTextModule requestTextModule() {
		return new RequestTextModule();
	}

}
