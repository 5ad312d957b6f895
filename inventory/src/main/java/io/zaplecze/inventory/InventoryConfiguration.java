package io.zaplecze.inventory;

import io.zaplecze.platform.ModuleSchema;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Wiring of the inventory module: its own database schema, migrated from {@code db/migration/inventory},
 * its properties, and scheduling for the daily expiry scan.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InventoryProperties.class)
@EnableScheduling
class InventoryConfiguration {

	@Bean
	ModuleSchema inventorySchema() {
		return new ModuleSchema("inventory");
	}

}
