package io.cairn.core.retrieval;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import io.cairn.core.collection.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * The contract every {@link VectorIndex} passes (DESIGN.md section 3): recall against
 * exact search, cosine scores, filters, deletes, replacement. Random data comes from one
 * seed, logged; rerun a failure with {@code -Dcairn.test.seed=<seed>}.
 */
public abstract class VectorIndexContract {

	private static final Logger logger = LoggerFactory.getLogger(VectorIndexContract.class);

	protected static final int DIMENSIONS = 384;

	protected static final int CORPUS_SIZE = 3000;

	private static final int CLUSTERS = 30;

	private static final int QUERIES = 50;

	private static final int K = 10;

	private static final double MIN_RECALL = 0.95;

	private static long seed;

	protected VectorIndex index;

	/**
	 * A new, empty index of {@code dimensions}; called before each test, closed after it.
	 */
	protected abstract VectorIndex createIndex(int dimensions);

	/**
	 * Runs before every upsert, e.g. to store the chunks in the catalog an index
	 * references.
	 */
	protected void beforeUpsert(List<IndexedChunk> chunks) {
	}

	@BeforeAll
	static void chooseSeed() {
		seed = Long.getLong("cairn.test.seed", System.nanoTime());
		logger.info("VectorIndexContract seed {} (rerun with -Dcairn.test.seed={})", seed, seed);
	}

	@BeforeEach
	void openIndex() {
		this.index = createIndex(DIMENSIONS);
	}

	@AfterEach
	void closeIndex() {
		this.index.close();
	}

	protected final void upsert(List<IndexedChunk> chunks) {
		beforeUpsert(chunks);
		this.index.upsert(chunks);
	}

	private ClusteredVectors vectors() {
		return new ClusteredVectors(new Random(seed), DIMENSIONS, CLUSTERS);
	}

	@Test
	void searchOnAnEmptyIndexFindsNothing() {
		assertThat(this.index.dimensions()).isEqualTo(DIMENSIONS);
		assertThat(this.index.count()).isZero();
		assertThat(this.index.search(vectors().next(), K, SearchFilter.collection(1))).isEmpty();
		assertThat(this.index.search(vectors().next(), K, noFilter())).isEmpty();
	}

	@Test
	void findsTheExactNearestNeighboursWithCosineScores() {
		ClusteredVectors vectors = vectors();
		List<IndexedChunk> corpus = vectors.corpus(CORPUS_SIZE);
		upsert(corpus);
		assertThat(this.index.count()).isEqualTo(CORPUS_SIZE);
		Map<String, float[]> byId = vectorsById(corpus);
		double recall = 0;
		for (int q = 0; q < QUERIES; q++) {
			float[] query = vectors.next();
			List<Hit> hits = this.index.search(query, K, noFilter());
			List<Hit> exact = ClusteredVectors.exactSearch(corpus, query, K, noFilter());
			assertThat(hits).hasSize(K);
			assertThat(hits).extracting(Hit::score).isSortedAccordingTo((a, b) -> Float.compare(b, a));
			for (Hit hit : hits) {
				assertThat(hit.score()).as("score of %s", hit.chunkId())
					.isCloseTo((float) ClusteredVectors.cosine(query, byId.get(hit.chunkId())), within(1e-4f));
			}
			recall += overlap(hits, exact) / (double) K;
		}
		recall /= QUERIES;
		logger.info("{} recall@{} = {} over {} queries on {} clustered {}-d vectors (seed {})",
				getClass().getSimpleName(), K, recall, QUERIES, CORPUS_SIZE, DIMENSIONS, seed);
		assertThat(recall).as("recall@%d against exact search", K).isGreaterThanOrEqualTo(MIN_RECALL);
	}

	@Test
	void filtersReturnOnlyMatchingChunks() {
		ClusteredVectors vectors = vectors();
		List<IndexedChunk> corpus = vectors.corpus(CORPUS_SIZE);
		upsert(corpus);
		List<SearchFilter> broad = List.of(SearchFilter.collection(2), noFilter().withMetadata(Map.of("topic", "t3")),
				SearchFilter.collection(1).withMetadata(Map.of("parity", "odd", "topic", "t1")),
				new SearchFilter(Set.of(1L, 3L), Set.of(), Map.of()));
		for (SearchFilter filter : broad) {
			float[] query = vectors.next();
			List<Hit> hits = this.index.search(query, K, filter);
			assertThat(hits).as("hits for %s", filter).hasSize(K);
			assertMatch(corpus, hits, filter);
			// Approximate, but with this many matches most of the true top k must be
			// there.
			assertThat(overlap(hits, ClusteredVectors.exactSearch(corpus, query, K, filter)))
				.as("overlap with the exact top %d for %s", K, filter)
				.isGreaterThanOrEqualTo(K - 3);
		}
	}

	@Test
	void selectiveFiltersReturnTheExactTopK() {
		ClusteredVectors vectors = vectors();
		List<IndexedChunk> corpus = vectors.corpus(CORPUS_SIZE);
		upsert(corpus);
		List<SearchFilter> selective = List.of(noFilter().withDocuments(Set.of(7L, 42L)),
				SearchFilter.collection(1).withDocuments(Set.of(3L, 6L, 9L)).withMetadata(Map.of("parity", "even")),
				noFilter().withDocuments(Set.of(5L)).withMetadata(Map.of("topic", "t2")));
		for (SearchFilter filter : selective) {
			float[] query = vectors.next();
			List<Hit> exact = ClusteredVectors.exactSearch(corpus, query, K, filter);
			List<Hit> hits = this.index.search(query, K, filter);
			assertMatch(corpus, hits, filter);
			assertThat(hits).extracting(Hit::chunkId)
				.as("exact top %d for %s", K, filter)
				.containsExactlyElementsOf(exact.stream().map(Hit::chunkId).toList());
		}
		SearchFilter nothing = SearchFilter.collection(1).withDocuments(Set.of(2L));
		assertThat(this.index.search(vectors.next(), K, nothing)).as("document 2 is in collection 3").isEmpty();
	}

	@Test
	void deleteDocumentRemovesAllItsChunks() {
		ClusteredVectors vectors = vectors();
		List<IndexedChunk> corpus = vectors.corpus(300);
		upsert(corpus);
		List<IndexedChunk> deleted = corpus.stream().filter((chunk) -> chunk.documentId() == 4).toList();
		this.index.deleteDocument(4);
		assertThat(this.index.count()).isEqualTo(corpus.size() - deleted.size());
		assertThat(this.index.search(vectors.next(), K, noFilter().withDocuments(Set.of(4L)))).isEmpty();
		Set<String> deletedIds = new HashSet<>(deleted.stream().map(IndexedChunk::chunkId).toList());
		for (IndexedChunk chunk : deleted.subList(0, 5)) {
			assertThat(this.index.search(chunk.vector(), K, noFilter())).extracting(Hit::chunkId)
				.hasSize(K)
				.doesNotContainAnyElementsOf(deletedIds);
		}
		this.index.deleteDocument(4);
		this.index.deleteDocument(999);
		assertThat(this.index.count()).isEqualTo(corpus.size() - deleted.size());
	}

	@Test
	void upsertOfAnExistingIdReplacesIt() {
		ClusteredVectors vectors = vectors();
		float[] first = vectors.next();
		float[] second = vectors.next();
		upsert(List.of(chunk("a", first, Map.of("version", "1")), chunk("b", vectors.next(), Map.of())));
		upsert(List.of(chunk("a", second, Map.of("version", "2"))));
		assertThat(this.index.count()).isEqualTo(2);
		List<Hit> hits = this.index.search(second, 1, noFilter());
		assertThat(hits).extracting(Hit::chunkId).containsExactly("a");
		assertThat(hits.getFirst().score()).isCloseTo(1f, within(1e-4f));
		assertThat(this.index.search(second, K, noFilter().withMetadata(Map.of("version", "1")))).isEmpty();
		assertThat(this.index.search(first, K, noFilter().withMetadata(Map.of("version", "2"))))
			.extracting(Hit::chunkId)
			.containsExactly("a");
	}

	@Test
	void returnsFewerThanKWhenTheIndexIsSmall() {
		ClusteredVectors vectors = vectors();
		upsert(vectors.corpus(5));
		assertThat(this.index.search(vectors.next(), K, noFilter())).hasSize(5);
		assertThat(this.index.search(vectors.next(), 0, noFilter())).isEmpty();
	}

	@Test
	void clearRemovesEverything() {
		ClusteredVectors vectors = vectors();
		upsert(vectors.corpus(100));
		this.index.clear();
		assertThat(this.index.count()).isZero();
		assertThat(this.index.search(vectors.next(), K, noFilter())).isEmpty();
		List<IndexedChunk> again = vectors.corpus(10);
		upsert(again);
		assertThat(this.index.count()).isEqualTo(10);
	}

	@Test
	void rejectsVectorsOfOtherDimensions() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.index.search(new float[DIMENSIONS + 1], K, noFilter()));
		float[] wrong = new float[DIMENSIONS - 1];
		wrong[0] = 1;
		assertThatIllegalArgumentException().isThrownBy(() -> this.index.upsert(List.of(chunk("x", wrong, Map.of()))));
	}

	private static IndexedChunk chunk(String id, float[] vector, Map<String, String> metadata) {
		return new IndexedChunk(id, 1, 1, Language.ENGLISH, "text of " + id, metadata, vector);
	}

	private static SearchFilter noFilter() {
		return new SearchFilter(Set.of(), Set.of(), Map.of());
	}

	private static Map<String, float[]> vectorsById(List<IndexedChunk> chunks) {
		Map<String, float[]> byId = new HashMap<>();
		chunks.forEach((chunk) -> byId.put(chunk.chunkId(), chunk.vector()));
		return byId;
	}

	private static void assertMatch(List<IndexedChunk> corpus, List<Hit> hits, SearchFilter filter) {
		Map<String, IndexedChunk> byId = new HashMap<>();
		corpus.forEach((chunk) -> byId.put(chunk.chunkId(), chunk));
		for (Hit hit : hits) {
			IndexedChunk chunk = byId.get(hit.chunkId());
			assertThat(filter.matches(chunk.collectionId(), chunk.documentId(), chunk.metadata()))
				.as("%s passes %s", hit.chunkId(), filter)
				.isTrue();
		}
	}

	private static int overlap(List<Hit> hits, List<Hit> exact) {
		Set<String> expected = new HashSet<>(exact.stream().map(Hit::chunkId).toList());
		return (int) hits.stream().filter((hit) -> expected.contains(hit.chunkId())).count();
	}

}
