package io.cairn.api.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * The PostgreSQL with pgvector that {@code ./cairn test} starts (or the one
 * {@code CAIRN_TEST_JDBC_URL} names), with a fresh schema per test class.
 */
public final class TestDatabases {

	private TestDatabases() {
	}

	/**
	 * JDBC URL of a new, empty schema; the {@code vector} type stays visible through
	 * {@code public}.
	 */
	public static String freshSchemaUrl() {
		String url = System.getenv("CAIRN_TEST_JDBC_URL");
		if (url == null || url.isBlank()) {
			throw new IllegalStateException("CAIRN_TEST_JDBC_URL is not set. Run the tests with ./cairn test, which"
					+ " starts PostgreSQL with pgvector, or point CAIRN_TEST_JDBC_URL at one.");
		}
		String schema = "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
		try (Connection connection = DriverManager.getConnection(url);
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE EXTENSION IF NOT EXISTS vector");
			statement.execute("CREATE SCHEMA " + schema);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot prepare a schema in " + url + ": " + ex.getMessage(), ex);
		}
		return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public";
	}

}
