package io.cairn.db.pgvector;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import io.cairn.core.retrieval.VectorIndex;
import io.cairn.core.retrieval.VectorIndexProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Server mode: every vector space lives in the {@code chunk_vector} table of the catalog.
 */
public class PgVectorIndexProvider implements VectorIndexProvider {

	private static final Logger logger = LoggerFactory.getLogger(PgVectorIndexProvider.class);

	private final DataSource dataSource;

	private final PgVectorOptions options;

	private final boolean iterativeScan;

	private final Map<String, PgVectorIndex> open = new ConcurrentHashMap<>();

	/**
	 * Checks pgvector (see {@link PgvectorSupport#verify}); the catalog must be migrated
	 * with pgvector ({@code CatalogMigrations.migrate(dataSource, true)}).
	 */
	public PgVectorIndexProvider(DataSource dataSource, PgVectorOptions options) {
		this.dataSource = dataSource;
		this.options = options;
		String version = PgvectorSupport.verify(dataSource);
		this.iterativeScan = PgvectorSupport.supportsIterativeScan(version);
		if (!this.iterativeScan) {
			logger.warn(
					"pgvector {} has no iterative index scans: filtered vector searches may return fewer "
							+ "than k results. Upgrade to pgvector 0.8.0 or newer (ALTER EXTENSION vector UPDATE).",
					version);
		}
	}

	@Override
	public VectorIndex open(String space, int dimensions) {
		PgVectorIndex index = this.open.computeIfAbsent(space,
				(name) -> new PgVectorIndex(this.dataSource, name, dimensions, this.options, this.iterativeScan));
		if (index.dimensions() != dimensions) {
			throw new IllegalArgumentException("Vector space '" + space + "' is open with " + index.dimensions()
					+ " dimensions, not " + dimensions);
		}
		return index;
	}

}
