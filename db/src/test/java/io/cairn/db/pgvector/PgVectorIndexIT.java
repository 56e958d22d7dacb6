package io.cairn.db.pgvector;

import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.cairn.core.retrieval.ClusteredVectors;
import io.cairn.core.retrieval.IndexedChunk;
import io.cairn.core.retrieval.SearchFilter;
import io.cairn.core.retrieval.VectorIndex;
import io.cairn.core.retrieval.VectorIndexContract;
import io.cairn.db.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * pgvector against the vector index contract. On tables this small the planner rightly
 * answers searches with a scan and a sort (exact), so scans and sorts are disabled for
 * these connections: the recall measured is then the HNSW index's. The exact-search
 * threshold is lowered to 100 so that broad filters go through the HNSW index (with
 * iterative scans) and selective ones do not.
 */
class PgVectorIndexIT extends VectorIndexContract {

	private static final String SPACE = "contract-space";

	private static TestDatabase database;

	private static PgVectorIndexProvider provider;

	@BeforeAll
	static void createDatabase() {
		database = TestDatabase.create(true, "SET enable_seqscan = off; SET enable_sort = off");
		provider = new PgVectorIndexProvider(database.dataSource(), new PgVectorOptions(16, 64, 100, 100));
	}

	@AfterAll
	static void dropDatabase() {
		database.close();
	}

	@Override
	protected VectorIndex createIndex(int dimensions) {
		database.truncate();
		return provider.open(SPACE, dimensions);
	}

	/** chunk_vector rows reference the catalog's chunks, so the chunks go there first. */
	@Override
	protected void beforeUpsert(List<IndexedChunk> chunks) {
		JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());
		Map<Long, Long> documents = new TreeMap<>();
		chunks.forEach((chunk) -> documents.put(chunk.documentId(), chunk.collectionId()));
		for (long collection : new TreeSet<>(documents.values())) {
			jdbc.update("""
					INSERT INTO collection (id, name, language, profile) VALUES (?, ?, 'en', 'general')
					ON CONFLICT DO NOTHING""", collection, "c" + collection);
		}
		documents.forEach((document, collection) -> jdbc.update("""
				INSERT INTO document (id, collection_id, title, file_name, media_type, byte_size, sha256, status,
				                      profile)
				VALUES (?, ?, 't', 'f', 'text/plain', 1, ?, 'READY', 'general') ON CONFLICT DO NOTHING""", document,
				collection, "sha-" + document));
		jdbc.batchUpdate("""
				INSERT INTO chunk (id, document_id, collection_id, ordinal, text, token_count, page_start, page_end,
				                   kind, embedding)
				VALUES (?, ?, ?, 0, ?, 1, 1, 1, 'TEXT', ?) ON CONFLICT DO NOTHING""", chunks, 500,
				(PreparedStatement ps, IndexedChunk chunk) -> {
					ps.setString(1, chunk.chunkId());
					ps.setLong(2, chunk.documentId());
					ps.setLong(3, chunk.collectionId());
					ps.setString(4, chunk.text());
					Float[] boxed = new Float[chunk.vector().length];
					for (int i = 0; i < boxed.length; i++) {
						boxed[i] = chunk.vector()[i];
					}
					ps.setArray(5, ps.getConnection().createArrayOf("float4", boxed));
				});
	}

	@Test
	void searchesUseTheSpacesHnswIndex() {
		ClusteredVectors vectors = new ClusteredVectors(new Random(7), DIMENSIONS, 10);
		upsert(vectors.corpus(300));
		new JdbcTemplate(database.dataSource()).execute("ANALYZE chunk_vector");
		PgVectorIndex pgvector = (PgVectorIndex) this.index;
		String name = VectorSpaceNames.indexName(SPACE, DIMENSIONS);
		String plan = pgvector.explain(vectors.next(), 10, new SearchFilter(Set.of(), Set.of(), Map.of()));
		assertThat(plan).as("plan of an unfiltered search").contains("Index Scan using " + name);
		// 120 of the 300 rows: over the exact-search threshold, so an iterative HNSW
		// scan.
		String filtered = pgvector.explain(vectors.next(), 10, SearchFilter.collection(2));
		assertThat(filtered).as("plan of a search in one of three collections").contains(name);
		String selective = pgvector.explain(vectors.next(), 10, new SearchFilter(Set.of(), Set.of(4L), Map.of()));
		assertThat(selective).as("plan of a search in one document (exact)").doesNotContain(name);
	}

	@Test
	void spacesAreSeparate() {
		VectorIndex other = provider.open("other-space", DIMENSIONS);
		ClusteredVectors vectors = new ClusteredVectors(new Random(8), DIMENSIONS, 3);
		List<IndexedChunk> corpus = vectors.corpus(20);
		upsert(corpus);
		other.upsert(corpus.subList(0, 5));
		assertThat(this.index.count()).isEqualTo(20);
		assertThat(other.count()).isEqualTo(5);
		other.clear();
		assertThat(this.index.count()).isEqualTo(20);
		assertThat(provider.open(SPACE, DIMENSIONS)).isSameAs(this.index);
	}

}
