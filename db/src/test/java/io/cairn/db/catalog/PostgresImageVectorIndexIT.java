package io.cairn.db.catalog;

import javax.sql.DataSource;

import io.cairn.db.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The image vector index on the server-mode PostgreSQL. */
class PostgresImageVectorIndexIT extends ImageVectorIndexContract {

	private static TestDatabase database;

	@BeforeAll
	static void createDatabase() {
		database = TestDatabase.create(false);
	}

	@AfterAll
	static void dropDatabase() {
		database.close();
	}

	@Override
	protected DataSource dataSource() {
		return database.dataSource();
	}

}
