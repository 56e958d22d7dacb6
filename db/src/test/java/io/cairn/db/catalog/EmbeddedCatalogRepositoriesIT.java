package io.cairn.db.catalog;

import java.nio.file.Path;

import javax.sql.DataSource;

import io.cairn.db.embedded.EmbeddedCatalog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The repositories on the embedded PostgreSQL (no pgvector): the zero-setup mode's
 * catalog.
 */
class EmbeddedCatalogRepositoriesIT extends CatalogRepositoriesContract {

	@TempDir
	static Path data;

	private static EmbeddedCatalog catalog;

	@BeforeAll
	static void start() {
		catalog = EmbeddedCatalog.start(data.resolve("postgres"), 0, 8);
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

	@Override
	protected void truncate() {
		JdbcClient.create(catalog.dataSource()).sql("TRUNCATE collection, api_key CASCADE").update();
	}

	@Nested
	class ApiKeys extends ApiKeyRepositoryContract {

		@Override
		protected DataSource dataSource() {
			return catalog.dataSource();
		}

	}

	@Nested
	class Conversations extends ConversationRepositoryContract {

		@Override
		protected DataSource dataSource() {
			return catalog.dataSource();
		}

	}

}
