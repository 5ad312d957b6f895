package io.zaplecze.warehouse;

import io.zaplecze.platform.ModuleSchema;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wiring of the warehouse module: its own database schema, migrated from {@code db/migration/warehouse}. */
@Configuration(proxyBeanMethods = false)
class WarehouseConfiguration {

	@Bean
	ModuleSchema warehouseSchema() {
		return new ModuleSchema("warehouse");
	}

}
