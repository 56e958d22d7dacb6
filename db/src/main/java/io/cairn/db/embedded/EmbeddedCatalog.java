package io.cairn.db.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The zero-setup catalog: a PostgreSQL server (zonky binaries from Maven) run by this
 * process with its data directory on disk, so the catalog survives restarts. Vectors and
 * keywords live in Lucene in this mode, so no pgvector is needed.
 */
public final class EmbeddedCatalog implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedCatalog.class);

	static final String DATABASE = "cairn";

	static final String USER = "postgres";

	private final EmbeddedPostgres postgres;

	private final HikariDataSource dataSource;

	private EmbeddedCatalog(EmbeddedPostgres postgres, HikariDataSource dataSource) {
		this.postgres = postgres;
		this.dataSource = dataSource;
	}

	/**
	 * Starts the server, initialising {@code dataDirectory} on first use, and creates the
	 * {@code cairn} database if missing.
	 * @param dataDirectory where PostgreSQL keeps its files, e.g. {@code ./data/postgres}
	 * @param port TCP port on localhost, or 0 for a free one
	 * @param maxPoolSize connections in the returned pool
	 */
	public static EmbeddedCatalog start(Path dataDirectory, int port, int maxPoolSize) {
		Path directory = dataDirectory.toAbsolutePath().normalize();
		EmbeddedPostgres postgres;
		try {
			Files.createDirectories(directory);
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(false)
				// Authentication is "trust": only this machine may connect.
				.setServerConfig("listen_addresses", "localhost")
				.setPGStartupWait(Duration.ofSeconds(60));
			if (port > 0) {
				builder.setPort(port);
			}
			postgres = builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory + ": "
					+ ex.getMessage() + ". Another Cairn may be using that directory, or the port is taken.", ex);
		}
		try {
			createDatabase(postgres.getPostgresDatabase());
			HikariConfig config = new HikariConfig();
			config.setJdbcUrl(postgres.getJdbcUrl(USER, DATABASE));
			config.setUsername(USER);
			config.setMaximumPoolSize(maxPoolSize);
			config.setPoolName("cairn-embedded");
			logger.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), directory);
			return new EmbeddedCatalog(postgres, new HikariDataSource(config));
		}
		catch (RuntimeException | SQLException ex) {
			closeQuietly(postgres, ex);
			throw (ex instanceof RuntimeException runtime) ? runtime
					: new IllegalStateException("Could not prepare the embedded catalog database", ex);
		}
	}

	private static void createDatabase(DataSource admin) throws SQLException {
		try (Connection connection = admin.getConnection()) {
			try (PreparedStatement exists = connection
				.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
				exists.setString(1, DATABASE);
				try (ResultSet rs = exists.executeQuery()) {
					if (rs.next()) {
						return;
					}
				}
			}
			try (Statement statement = connection.createStatement()) {
				statement.execute("CREATE DATABASE " + DATABASE);
			}
		}
	}

	/** A pool of connections to the {@code cairn} database. */
	public DataSource dataSource() {
		return this.dataSource;
	}

	public int port() {
		return this.postgres.getPort();
	}

	public String jdbcUrl() {
		return this.postgres.getJdbcUrl(USER, DATABASE);
	}

	/** Closes the pool and stops the server; the data directory stays. */
	@Override
	public void close() {
		try {
			this.dataSource.close();
		}
		finally {
			try {
				this.postgres.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not stop the embedded PostgreSQL", ex);
			}
		}
	}

	private static void closeQuietly(EmbeddedPostgres postgres, Exception cause) {
		try {
			postgres.close();
		}
		catch (IOException ex) {
			cause.addSuppressed(ex);
		}
	}

}
