package io.cairn.db.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.cairn.db.catalog.CatalogMigrations;
import org.jspecify.annotations.Nullable;

/**
 * A fresh schema, migrated, in the real PostgreSQL with pgvector named by
 * {@code CAIRN_TEST_JDBC_URL}; one per test class, dropped on close. The search path is
 * {@code <schema>,public}, so the {@code vector} type (in public) resolves.
 */
public final class TestDatabase implements AutoCloseable {

	public static final String URL_VARIABLE = "CAIRN_TEST_JDBC_URL";

	private final String url;

	private final String schema;

	private final HikariDataSource dataSource;

	private TestDatabase(String url, String schema, HikariDataSource dataSource) {
		this.url = url;
		this.schema = schema;
		this.dataSource = dataSource;
	}

	/**
	 * Creates and migrates a new schema; with pgvector, also the server-mode migrations.
	 */
	public static TestDatabase create(boolean withPgvector) {
		return create(withPgvector, null);
	}

	/**
	 * Same as {@link #create(boolean)}, running {@code connectionInitSql} on every new
	 * connection (e.g. {@code SET enable_seqscan = off}, so that small test tables still
	 * use their indexes).
	 */
	public static TestDatabase create(boolean withPgvector, @Nullable String connectionInitSql) {
		String url = jdbcUrl();
		String schema = "test_"
				+ UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
		try (Connection connection = DriverManager.getConnection(url);
				Statement statement = connection.createStatement()) {
			if (withPgvector) {
				// In public, before the search path names the test schema: dropping that
				// schema
				// must not drop the extension under other test classes.
				statement.execute("CREATE EXTENSION IF NOT EXISTS vector SCHEMA public");
			}
			statement.execute("CREATE SCHEMA " + schema);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(
					"Could not prepare a test schema in " + redacted(url) + ": " + ex.getMessage(), ex);
		}
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public");
		config.setMaximumPoolSize(8);
		config.setConnectionInitSql(connectionInitSql);
		config.setPoolName("test-" + schema);
		HikariDataSource dataSource = new HikariDataSource(config);
		CatalogMigrations.migrate(dataSource, withPgvector);
		return new TestDatabase(url, schema, dataSource);
	}

	static String jdbcUrl() {
		String url = System.getenv(URL_VARIABLE);
		if (url == null || url.isBlank()) {
			throw new IllegalStateException(URL_VARIABLE + " is not set. The db integration tests need a real "
					+ "PostgreSQL with pgvector: run them with `./cairn test`, which starts one, or start one with "
					+ "db/scripts/start-postgres.sh and set " + URL_VARIABLE
					+ " to the JDBC URL it prints (jdbc:postgresql://127.0.0.1:PORT/cairn?user=cairn&password=cairn).");
		}
		return url;
	}

	public DataSource dataSource() {
		return this.dataSource;
	}

	public String schema() {
		return this.schema;
	}

	/**
	 * Empties every catalog table (the cascade reaches all of them from collection and
	 * api_key).
	 */
	public void truncate() {
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("TRUNCATE collection, api_key CASCADE");
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		this.dataSource.close();
		try (Connection connection = DriverManager.getConnection(this.url);
				Statement statement = connection.createStatement()) {
			statement.execute("DROP SCHEMA " + this.schema + " CASCADE");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not drop test schema " + this.schema, ex);
		}
	}

	private static String redacted(String url) {
		return url.replaceAll("password=[^&]*", "password=***");
	}

}
