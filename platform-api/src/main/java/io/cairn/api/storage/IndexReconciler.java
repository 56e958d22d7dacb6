package io.cairn.api.storage;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cairn.core.collection.CollectionRepository;
import io.cairn.core.collection.Language;
import io.cairn.core.ingest.ChunkRepository;
import io.cairn.core.retrieval.EmbeddingSpaces;
import io.cairn.core.retrieval.IndexedChunk;
import io.cairn.core.retrieval.KeywordIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Keeps the derived indexes in step with the catalog: when an index holds a different
 * number of chunks than the catalog's ready documents (a fresh data directory, a crash
 * between the catalog write and the index write), it is rebuilt from the catalog.
 */
@Component
public class IndexReconciler {

	private static final Logger log = LoggerFactory.getLogger(IndexReconciler.class);

	private static final int BATCH = 256;

	private final CollectionRepository collections;

	private final ChunkRepository chunks;

	private final KeywordIndex keywordIndex;

	private final EmbeddingSpaces spaces;

	private volatile boolean consistent;

	public IndexReconciler(CollectionRepository collections, ChunkRepository chunks, KeywordIndex keywordIndex,
			EmbeddingSpaces spaces) {
		this.collections = collections;
		this.chunks = chunks;
		this.keywordIndex = keywordIndex;
		this.spaces = spaces;
	}

	/** Whether the last check found (or made) the indexes consistent with the catalog. */
	public boolean isConsistent() {
		return this.consistent;
	}

	public synchronized void reconcile() {
		long expected = this.chunks.countIndexable();
		Map<Long, Language> languages = new HashMap<>();
		this.collections.findAll().forEach((collection) -> languages.put(collection.id(), collection.language()));
		Set<Language> used = languages.isEmpty() ? EnumSet.noneOf(Language.class) : EnumSet.copyOf(languages.values());
		long vectors = used.stream().mapToLong((language) -> this.spaces.forLanguage(language).index().count()).sum();
		long keywords = this.keywordIndex.count();
		if (keywords == expected && vectors == expected) {
			log.info("Indexes agree with the catalog: {} chunks", expected);
			this.consistent = true;
			return;
		}
		log.warn("Indexes disagree with the catalog ({} chunks; keyword index {}, vector indexes {}): rebuilding",
				expected, keywords, vectors);
		rebuild(languages, used);
	}

	private void rebuild(Map<Long, Language> languages, Set<Language> used) {
		long started = System.nanoTime();
		this.keywordIndex.clear();
		used.forEach((language) -> this.spaces.forLanguage(language).index().clear());
		long[] done = { 0 };
		this.chunks.forEachIndexable(BATCH, (batch) -> {
			Map<Language, List<IndexedChunk>> byLanguage = new HashMap<>();
			batch.forEach((chunk) -> {
				Language language = languages.getOrDefault(chunk.collectionId(), Language.ENGLISH);
				byLanguage.computeIfAbsent(language, (key) -> new java.util.ArrayList<>())
					.add(IndexedChunk.of(chunk, language));
			});
			byLanguage.forEach((language, indexed) -> {
				this.keywordIndex.upsert(indexed);
				this.spaces.forLanguage(language).index().upsert(indexed);
			});
			done[0] += batch.size();
		});
		this.consistent = true;
		log.info("Rebuilt the indexes from the catalog: {} chunks in {} ms", done[0],
				(System.nanoTime() - started) / 1_000_000);
	}

}
