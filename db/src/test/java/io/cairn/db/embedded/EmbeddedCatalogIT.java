package io.cairn.db.embedded;

import java.nio.file.Path;

import io.cairn.core.collection.Language;
import io.cairn.db.catalog.CatalogMigrations;
import io.cairn.db.catalog.JdbcCollectionRepository;
import io.cairn.db.pgvector.PgvectorSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The embedded PostgreSQL: persistent data directory, catalog without pgvector. */
class EmbeddedCatalogIT {

	@TempDir
	Path data;

	@Test
	void keepsTheCatalogAcrossRestarts() {
		Path directory = this.data.resolve("postgres");
		try (EmbeddedCatalog catalog = EmbeddedCatalog.start(directory, 0, 4)) {
			CatalogMigrations.migrate(catalog.dataSource(), false);
			new JdbcCollectionRepository(catalog.dataSource()).create("kept", Language.ENGLISH, "general");
			assertThat(catalog.jdbcUrl()).contains(":" + catalog.port() + "/cairn");
		}
		try (EmbeddedCatalog catalog = EmbeddedCatalog.start(directory, 0, 4)) {
			CatalogMigrations.migrate(catalog.dataSource(), false);
			assertThat(new JdbcCollectionRepository(catalog.dataSource()).findByName("kept")).isPresent();
		}
	}

	@Test
	void pgvectorMissingSaysHowToInstallIt() {
		try (EmbeddedCatalog catalog = EmbeddedCatalog.start(this.data.resolve("pg"), 0, 2)) {
			assertThatIllegalStateException().isThrownBy(() -> PgvectorSupport.verify(catalog.dataSource()))
				.withMessageContaining("CREATE EXTENSION vector;")
				.withMessageContaining("apt install postgresql-17-pgvector")
				.withMessageContaining("db/scripts/install-pgvector.sh")
				.withMessageContaining("pgvector/pgvector");
		}
	}

}
