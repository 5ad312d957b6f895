package io.zaplecze.platform;

import java.util.regex.Pattern;

/**
 * A module's own PostgreSQL schema, migrated by Flyway from {@code classpath:db/migration/<name>}
 * with its own history table inside that schema. Each module declares one as a bean; no module
 * touches another's schema.
 *
 * @param name the schema name, also the migration folder name
 */
public record ModuleSchema(String name) {

	private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]*");

	public ModuleSchema {
		if (!IDENTIFIER.matcher(name).matches()) {
			throw new IllegalArgumentException("Schema name must be a lower-case SQL identifier: " + name);
		}
	}

	public String migrationLocation() {
		return "classpath:db/migration/" + this.name;
	}

}
