package io.zaplecze.platform;

import java.util.List;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;

/**
 * Replaces Boot's single Flyway run by one run per {@link ModuleSchema}, each with its own history
 * table, so modules version their schemas independently. Plugged in as Boot's
 * {@link FlywayMigrationStrategy}: Boot still orders JPA and JDBC start-up after the migration.
 */
class ModuleSchemaMigrations implements FlywayMigrationStrategy {

	private static final Logger log = LoggerFactory.getLogger(ModuleSchemaMigrations.class);

	private final List<ModuleSchema> schemas;

	ModuleSchemaMigrations(List<ModuleSchema> schemas) {
		this.schemas = schemas;
	}

	@Override
	public void migrate(Flyway bootConfigured) {
		for (ModuleSchema schema : this.schemas) {
			var result = Flyway.configure(bootConfigured.getConfiguration().getClassLoader())
				.configuration(bootConfigured.getConfiguration())
				.schemas(schema.name())
				.defaultSchema(schema.name())
				.createSchemas(true)
				.locations(schema.migrationLocation())
				.table("flyway_schema_history")
				.load()
				.migrate();
			log.info("Schema {} migrated: {} migration(s) applied, now at {}", schema.name(),
					result.migrationsExecuted, result.targetSchemaVersion);
		}
	}

}
