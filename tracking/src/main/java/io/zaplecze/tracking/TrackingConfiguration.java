package io.zaplecze.tracking;

import io.zaplecze.platform.ModuleSchema;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wiring of the tracking module: its own database schema, migrated from {@code db/migration/tracking}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TrackingProperties.class)
class TrackingConfiguration {

	@Bean
	ModuleSchema trackingSchema() {
		return new ModuleSchema("tracking");
	}

}
