package io.zaplecze.routing;

import io.zaplecze.platform.ModuleSchema;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wiring of the routing module: its own database schema, migrated from {@code db/migration/routing}. */
@Configuration(proxyBeanMethods = false)
class RoutingConfiguration {

	@Bean
	ModuleSchema routingSchema() {
		return new ModuleSchema("routing");
	}

}
