package io.cairn.api.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
	 * A new, empty data directory under {@code target/}, for the Lucene indexes of one
	 * test class.
	 */
	public static String freshDataDir() {
		try {
			Path root = Files.createDirectories(Path.of("target", "it-data"));
			return Files.createTempDirectory(root, "data-").toAbsolutePath().toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
