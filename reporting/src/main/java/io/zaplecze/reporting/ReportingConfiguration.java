package io.zaplecze.reporting;

import io.zaplecze.platform.ModuleSchema;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Wiring of the reporting module: its own schema (migrated from {@code db/migration/reporting}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReportingProperties.class)
@EnableScheduling
class ReportingConfiguration {

	@Bean
	ModuleSchema reportingSchema() {
		return new ModuleSchema("reporting");
	}

}
