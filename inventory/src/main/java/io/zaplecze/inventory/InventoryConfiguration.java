package io.zaplecze.inventory;

import io.zaplecze.platform.ModuleSchema;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wiring of the inventory module: its own database schema, migrated from {@code db/migration/inventory}. */
@Configuration(proxyBeanMethods = false)
class InventoryConfiguration {

	@Bean
	ModuleSchema inventorySchema() {
		return new ModuleSchema("inventory");
	}

}
