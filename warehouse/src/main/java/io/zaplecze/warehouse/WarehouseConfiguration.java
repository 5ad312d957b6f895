package io.zaplecze.warehouse;

import io.zaplecze.platform.ModuleSchema;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wiring of the warehouse module: its own database schema, migrated from {@code db/migration/warehouse}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WarehouseProperties.class)
class WarehouseConfiguration {

	@Bean
	ModuleSchema warehouseSchema() {
		return new ModuleSchema("warehouse");
	}

}
