package io.cairn.db.catalog;

import javax.sql.DataSource;

import io.cairn.db.pgvector.PgvectorSupport;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/** Brings a database's catalog schema up to date. */
public final class CatalogMigrations {

	static final String CATALOG_LOCATION = "classpath:db/migration/catalog";

	static final String PGVECTOR_LOCATION = "classpath:db/migration/pgvector";

	private CatalogMigrations() {
	}

	/**
	 * Applies the catalog migrations and, in server mode, the pgvector ones, into the
	 * connection's current schema.
	 * @param dataSource the catalog database
	 * @param withPgvector whether vectors live in pgvector (server mode); checks the
	 * extension first
	 * @throws IllegalStateException if pgvector is wanted but cannot be enabled, saying
	 * how to fix it
	 */
	public static void migrate(DataSource dataSource, boolean withPgvector) {
		flyway(dataSource, CATALOG_LOCATION, "flyway_schema_history").load().migrate();
		if (withPgvector) {
			PgvectorSupport.verify(dataSource);
			// A history table of its own: the two sets version independently, so a later
			// catalog
			// migration is never "out of order" behind V100.
			flyway(dataSource, PGVECTOR_LOCATION, "flyway_pgvector_history").baselineOnMigrate(true)
				.baselineVersion("99")
				.load()
				.migrate();
		}
	}

	private static FluentConfiguration flyway(DataSource dataSource, String location, String table) {
		return Flyway.configure(CatalogMigrations.class.getClassLoader())
			.dataSource(dataSource)
			.locations(location)
			.table(table);
	}

}
