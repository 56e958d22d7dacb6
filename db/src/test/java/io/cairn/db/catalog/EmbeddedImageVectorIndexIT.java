package io.cairn.db.catalog;

import java.nio.file.Path;

import javax.sql.DataSource;

import io.cairn.db.embedded.EmbeddedCatalog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The image vector index on the embedded PostgreSQL, which has no pgvector. */
class EmbeddedImageVectorIndexIT extends ImageVectorIndexContract {

	@TempDir
	static Path data;

	private static EmbeddedCatalog catalog;

	@BeforeAll
	static void start() {
		catalog = EmbeddedCatalog.start(data.resolve("postgres"), 0, 4);
		CatalogMigrations.migrate(catalog.dataSource(), false);
	}

	@AfterAll
	static void stop() {
		catalog.close();
	}

	@Override
	protected DataSource dataSource() {
		return catalog.dataSource();
	}

}
