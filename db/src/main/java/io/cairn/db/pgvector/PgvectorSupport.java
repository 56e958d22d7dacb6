package io.cairn.db.pgvector;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Checks that the {@code vector} extension is usable before server mode relies on it. */
public final class PgvectorSupport {

	private static final Logger logger = LoggerFactory.getLogger(PgvectorSupport.class);

	/**
	 * First release with {@code hnsw.iterative_scan}, which keeps filtered searches at k
	 * results.
	 */
	static final String ITERATIVE_SCAN_VERSION = "0.8.0";

	private PgvectorSupport() {
	}

	/**
	 * Enables the extension if needed ({@code CREATE EXTENSION IF NOT EXISTS vector}) and
	 * returns its installed version.
	 * @throws IllegalStateException if it is not installed and cannot be created, with
	 * the fix
	 */
	public static String verify(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			String installed = installedVersion(connection);
			if (installed != null) {
				return installed;
			}
			String available = availableVersion(connection);
			if (available == null) {
				throw new IllegalStateException(notAvailableMessage(connection));
			}
			try (Statement statement = connection.createStatement()) {
				statement.execute("CREATE EXTENSION IF NOT EXISTS vector");
			}
			catch (SQLException ex) {
				throw new IllegalStateException(cannotCreateMessage(connection, ex), ex);
			}
			installed = installedVersion(connection);
			logger.info("Enabled the pgvector extension {}", installed);
			return (installed != null) ? installed : available;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not check the pgvector extension: " + ex.getMessage(), ex);
		}
	}

	/** Whether the version supports iterative index scans (pgvector 0.8.0 or newer). */
	public static boolean supportsIterativeScan(String version) {
		return compareVersions(version, ITERATIVE_SCAN_VERSION) >= 0;
	}

	static int compareVersions(String left, String right) {
		String[] a = left.split("\\.");
		String[] b = right.split("\\.");
		for (int i = 0; i < Math.max(a.length, b.length); i++) {
			int x = (i < a.length) ? leadingNumber(a[i]) : 0;
			int y = (i < b.length) ? leadingNumber(b[i]) : 0;
			if (x != y) {
				return Integer.compare(x, y);
			}
		}
		return 0;
	}

	private static int leadingNumber(String part) {
		String digits = part.replaceAll("^(\\d*).*$", "$1");
		return digits.isEmpty() ? 0 : Integer.parseInt(digits);
	}

	private static @Nullable String installedVersion(Connection connection) throws SQLException {
		return single(connection, "SELECT extversion FROM pg_extension WHERE extname = 'vector'");
	}

	private static @Nullable String availableVersion(Connection connection) throws SQLException {
		return single(connection, "SELECT default_version FROM pg_available_extensions WHERE name = 'vector'");
	}

	private static @Nullable String single(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			return rs.next() ? rs.getString(1) : null;
		}
	}

	private static String notAvailableMessage(Connection connection) throws SQLException {
		String major = serverMajor(connection);
		return "The PostgreSQL server (version " + major + ") does not have the pgvector extension installed, "
				+ "which server mode needs for vector search. Install it, then restart Cairn: on Debian/Ubuntu "
				+ "`apt install postgresql-" + major + "-pgvector` (from the PGDG repository where your "
				+ "distribution has no package), or run this repository's `db/scripts/install-pgvector.sh` "
				+ "on the database host, or use the `pgvector/pgvector:pg" + major + "` Docker image. "
				+ "Then run `CREATE EXTENSION vector;` in the database as a superuser (Cairn tries that itself). "
				+ "Or use the embedded storage mode, which needs no pgvector.";
	}

	private static String cannotCreateMessage(Connection connection, SQLException cause) throws SQLException {
		String database = single(connection, "SELECT current_database()");
		String user = single(connection, "SELECT current_user");
		return "pgvector is installed on the server but not enabled in database '" + database + "', and user '" + user
				+ "' may not enable it (" + cause.getMessage() + "). Connect to that database as a "
				+ "superuser and run `CREATE EXTENSION vector;`, then restart Cairn.";
	}

	private static String serverMajor(Connection connection) throws SQLException {
		return String.valueOf(connection.getMetaData().getDatabaseMajorVersion());
	}

}
