package io.cairn.api.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.cairn.core.collection.CollectionRepository;
import io.cairn.core.document.DocumentRepository;
import io.cairn.core.ingest.ChunkRepository;
import io.cairn.core.ingest.ElementRepository;
import io.cairn.core.job.JobRepository;
import io.cairn.core.retrieval.KeywordIndex;
import io.cairn.core.retrieval.VectorIndex;
import io.cairn.core.retrieval.VectorIndexProvider;
import io.cairn.db.catalog.CatalogMigrations;
import io.cairn.db.catalog.JdbcChunkRepository;
import io.cairn.db.catalog.JdbcCollectionRepository;
import io.cairn.db.catalog.JdbcDocumentRepository;
import io.cairn.db.catalog.JdbcElementRepository;
import io.cairn.db.catalog.JdbcJobRepository;
import io.cairn.db.embedded.EmbeddedCatalog;
import io.cairn.db.lucene.LuceneKeywordIndex;
import io.cairn.db.lucene.LuceneVectorIndexProvider;
import io.cairn.db.lucene.LuceneVectorOptions;
import io.cairn.db.pgvector.PgVectorIndexProvider;
import io.cairn.db.pgvector.PgVectorOptions;
import io.cairn.db.pgvector.PgvectorSupport;

/**
 * The catalog and the indexes of one storage mode, built from the product's own classes
 * the way {@code StorageConfiguration} wires them: embedded PostgreSQL + Lucene BM25 +
 * Lucene HNSW, or an external PostgreSQL (a fresh schema, dropped at the end) with
 * pgvector + Lucene BM25. Everything lives under a scratch directory that is deleted on
 * close.
 */
final class BenchStorage implements AutoCloseable {

	enum Mode {

		EMBEDDED, SERVER;

		String label() {
			return (this == EMBEDDED) ? "embedded (PostgreSQL + Lucene HNSW)" : "server (PostgreSQL + pgvector HNSW)";
		}

	}

	private final Mode mode;

	private final DataSource dataSource;

	private final Path scratch;

	private final KeywordIndex keywordIndex;

	private VectorIndexProvider vectors;

	private final String describe;

	private final List<AutoCloseable> closeables = new ArrayList<>();

	private BenchStorage(Mode mode, DataSource dataSource, Path scratch, VectorIndexProvider vectors, String describe) {
		this.mode = mode;
		this.dataSource = dataSource;
		this.scratch = scratch;
		this.vectors = vectors;
		this.describe = describe;
		this.keywordIndex = new LuceneKeywordIndex(scratch.resolve("lucene").resolve("keyword"));
	}

	static BenchStorage embedded(String name, LuceneVectorOptions options) {
		Path scratch = BenchPaths.scratch("cairn-bench-" + name + "-");
		EmbeddedCatalog catalog = EmbeddedCatalog.start(scratch.resolve("postgres"), 0, 8);
		CatalogMigrations.migrate(catalog.dataSource(), false);
		LuceneVectorIndexProvider vectors = new LuceneVectorIndexProvider(scratch.resolve("lucene").resolve("vectors"),
				options);
		BenchStorage storage = new BenchStorage(Mode.EMBEDDED, catalog.dataSource(), scratch, vectors,
				"embedded PostgreSQL (zonky), Lucene " + org.apache.lucene.util.Version.LATEST + " HNSW " + options);
		storage.closeables.add(vectors);
		storage.closeables.add(catalog);
		return storage;
	}

	/**
	 * A fresh schema in the PostgreSQL at {@code jdbcUrl} (the {@code vector} extension
	 * is created in {@code public} if missing), migrated with pgvector.
	 */
	static BenchStorage server(String name, String jdbcUrl, PgVectorOptions options) {
		Path scratch = BenchPaths.scratch("cairn-bench-" + name + "-");
		String schema = "bench_"
				+ UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
		String version;
		try (Connection connection = DriverManager.getConnection(jdbcUrl);
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE EXTENSION IF NOT EXISTS vector SCHEMA public");
			statement.execute("CREATE SCHEMA " + schema);
			try (var rs = statement.executeQuery("SHOW server_version")) {
				rs.next();
				version = rs.getString(1);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot prepare a schema in the PostgreSQL at --jdbc: " + ex.getMessage(),
					ex);
		}
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public");
		config.setMaximumPoolSize(8);
		config.setPoolName("bench-" + schema);
		HikariDataSource dataSource = new HikariDataSource(config);
		String pgvector = PgvectorSupport.verify(dataSource);
		CatalogMigrations.migrate(dataSource, true);
		PgVectorIndexProvider vectors = new PgVectorIndexProvider(dataSource, options);
		BenchStorage storage = new BenchStorage(Mode.SERVER, dataSource, scratch, vectors,
				"PostgreSQL " + version + " with pgvector " + pgvector + " (" + options + "), Lucene "
						+ org.apache.lucene.util.Version.LATEST + " BM25");
		storage.closeables.add(() -> {
			dataSource.close();
			try (Connection connection = DriverManager.getConnection(jdbcUrl);
					Statement statement = connection.createStatement()) {
				statement.execute("DROP SCHEMA " + schema + " CASCADE");
			}
		});
		return storage;
	}

	Mode mode() {
		return this.mode;
	}

	String describe() {
		return this.describe;
	}

	DataSource dataSource() {
		return this.dataSource;
	}

	KeywordIndex keywordIndex() {
		return this.keywordIndex;
	}

	VectorIndexProvider vectors() {
		return this.vectors;
	}

	CollectionRepository collections() {
		return new JdbcCollectionRepository(this.dataSource);
	}

	DocumentRepository documents() {
		return new JdbcDocumentRepository(this.dataSource);
	}

	ElementRepository elements() {
		return new JdbcElementRepository(this.dataSource);
	}

	ChunkRepository chunks() {
		return new JdbcChunkRepository(this.dataSource);
	}

	JobRepository jobs() {
		return new JdbcJobRepository(this.dataSource);
	}

	/**
	 * The vector index of {@code space} with other search settings: Lucene's index is
	 * closed and opened again with {@code options} (its graph stays as built); pgvector's
	 * gets a provider with {@code options}. Indexes opened before are closed (Lucene) or
	 * unchanged.
	 */
	VectorIndex reopenVectors(String space, int dimensions, LuceneVectorOptions lucene, PgVectorOptions pgvector) {
		if (this.mode == Mode.SERVER) {
			return new PgVectorIndexProvider(this.dataSource, pgvector).open(space, dimensions);
		}
		((LuceneVectorIndexProvider) this.vectors).close();
		LuceneVectorIndexProvider reopened = new LuceneVectorIndexProvider(
				this.scratch.resolve("lucene").resolve("vectors"), lucene);
		this.closeables.add(0, reopened);
		this.vectors = reopened;
		return reopened.open(space, dimensions);
	}

	/**
	 * Segments of a Lucene vector space (each has its own HNSW graph); -1 in server mode.
	 */
	int vectorSegments(String space) {
		if (this.mode == Mode.SERVER) {
			return -1;
		}
		try (var directory = org.apache.lucene.store.FSDirectory
			.open(this.scratch.resolve("lucene").resolve("vectors").resolve(space));
				var reader = org.apache.lucene.index.DirectoryReader.open(directory)) {
			return reader.leaves().size();
		}
		catch (java.io.IOException ex) {
			return -1;
		}
	}

	@Override
	public void close() {
		this.keywordIndex.close();
		for (AutoCloseable closeable : this.closeables) {
			try {
				closeable.close();
			}
			catch (Exception ex) {
				System.err.println("[bench] could not close " + closeable + ": " + ex);
			}
		}
		BenchPaths.deleteTree(this.scratch);
	}

}
