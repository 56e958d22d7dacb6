package io.cairn.api.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.cairn.core.chunking.ChunkContentKind;
import io.cairn.core.chunking.ChunkIds;
import io.cairn.core.collection.KnowledgeCollection;
import io.cairn.core.collection.Language;
import io.cairn.core.document.DocumentRepository;
import io.cairn.core.document.DocumentRepository.StoredUpload;
import io.cairn.core.document.NewDocument;
import io.cairn.core.ingest.ChunkRepository;
import io.cairn.core.ingest.StoredChunk;
import io.cairn.core.job.JobRepository;
import io.cairn.core.retrieval.IndexedChunk;
import io.cairn.core.retrieval.VectorIndex;

/**
 * SciFact in the product's catalog and indexes: one collection, one document per abstract
 * (its bytes are the abstract as plain text), one chunk per document, written through the
 * product's repositories and indexed by its keyword and vector indexes, as an ingest
 * would leave them.
 */
final class SciFactCatalog {

	private static final int INDEX_BATCH = 500;

	private final KnowledgeCollection collection;

	private final Map<String, String> corpusIdByChunk;

	private final Map<String, float[]> vectorByChunk;

	private final List<String> chunkIds;

	private final VectorIndex vectorIndex;

	private final double catalogSeconds;

	private final double keywordSeconds;

	private final double vectorSeconds;

	private SciFactCatalog(KnowledgeCollection collection, Map<String, String> corpusIdByChunk,
			Map<String, float[]> vectorByChunk, List<String> chunkIds, VectorIndex vectorIndex, double catalogSeconds,
			double keywordSeconds, double vectorSeconds) {
		this.collection = collection;
		this.corpusIdByChunk = corpusIdByChunk;
		this.vectorByChunk = vectorByChunk;
		this.chunkIds = chunkIds;
		this.vectorIndex = vectorIndex;
		this.catalogSeconds = catalogSeconds;
		this.keywordSeconds = keywordSeconds;
		this.vectorSeconds = vectorSeconds;
	}

	static SciFactCatalog build(BenchStorage storage, SciFact data, EncodedSciFact encoded, BenchEncoder encoder)
			throws Exception {
		long start = System.nanoTime();
		KnowledgeCollection collection = storage.collections().create("scifact", Language.ENGLISH, "general");
		DocumentRepository documents = storage.documents();
		ChunkRepository chunks = storage.chunks();
		JobRepository jobs = storage.jobs();
		Map<String, String> corpusIdByChunk = new ConcurrentHashMap<>();
		Map<String, float[]> vectorByChunk = new ConcurrentHashMap<>();
		StoredChunk[] stored = new StoredChunk[data.corpus().size()];
		// A few connections in parallel: PostgreSQL works on the other core meanwhile.
		try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
			List<Future<?>> futures = new ArrayList<>();
			for (int i = 0; i < data.corpus().size(); i++) {
				int index = i;
				futures.add(pool.submit(() -> {
					SciFact.Passage passage = data.corpus().get(index);
					String text = passage.chunkText();
					byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
					Map<String, String> metadata = Map.of("scifact_id", passage.id());
					StoredUpload upload = documents.insertWithJob(
							new NewDocument(collection.id(), passage.title().isBlank() ? passage.id() : passage.title(),
									passage.id() + ".txt", "text/plain", sha256(bytes), "general", metadata, bytes));
					long documentId = upload.document().id();
					StoredChunk chunk = new StoredChunk(ChunkIds.of(documentId, 0, text), documentId, collection.id(),
							0, text, encoded.corpusTokens()[index], 1, 1, List.of(), ChunkContentKind.TEXT, metadata,
							encoded.corpus()[index]);
					chunks.replaceForDocument(documentId, List.of(chunk));
					documents.markReady(documentId, 1, 1);
					jobs.complete(upload.job().id());
					corpusIdByChunk.put(chunk.id(), passage.id());
					vectorByChunk.put(chunk.id(), chunk.embedding());
					stored[index] = chunk;
					return null;
				}));
			}
			for (Future<?> future : futures) {
				future.get();
			}
		}
		double catalogSeconds = seconds(start);
		List<IndexedChunk> indexed = new ArrayList<>(stored.length);
		for (StoredChunk chunk : stored) {
			indexed.add(IndexedChunk.of(chunk, Language.ENGLISH));
		}
		start = System.nanoTime();
		for (int from = 0; from < indexed.size(); from += INDEX_BATCH) {
			storage.keywordIndex().upsert(indexed.subList(from, Math.min(indexed.size(), from + INDEX_BATCH)));
		}
		double keywordSeconds = seconds(start);
		start = System.nanoTime();
		VectorIndex vectorIndex = storage.vectors().open(encoder.name(), encoder.dimensions());
		for (int from = 0; from < indexed.size(); from += INDEX_BATCH) {
			vectorIndex.upsert(indexed.subList(from, Math.min(indexed.size(), from + INDEX_BATCH)));
		}
		// What autovacuum does soon after a bulk load; before it, PostgreSQL has no
		// statistics
		// and plans pgvector searches as exact scans of the collection's rows.
		new org.springframework.jdbc.core.JdbcTemplate(storage.dataSource()).execute("ANALYZE");
		double vectorSeconds = seconds(start);
		if (storage.keywordIndex().count() != indexed.size() || vectorIndex.count() != indexed.size()) {
			throw new IllegalStateException("Indexed " + storage.keywordIndex().count() + " keyword and "
					+ vectorIndex.count() + " vector entries for " + indexed.size() + " chunks");
		}
		List<String> chunkIds = java.util.Arrays.stream(stored).map(StoredChunk::id).toList();
		return new SciFactCatalog(collection, Map.copyOf(corpusIdByChunk), Map.copyOf(vectorByChunk), chunkIds,
				vectorIndex, catalogSeconds, keywordSeconds, vectorSeconds);
	}

	KnowledgeCollection collection() {
		return this.collection;
	}

	/** The SciFact corpus id of a chunk. */
	String corpusId(String chunkId) {
		String id = this.corpusIdByChunk.get(chunkId);
		if (id == null) {
			throw new IllegalStateException("Unknown chunk " + chunkId);
		}
		return id;
	}

	/** Chunk ids in corpus order. */
	List<String> chunkIds() {
		return this.chunkIds;
	}

	float[] vector(String chunkId) {
		return this.vectorByChunk.get(chunkId);
	}

	VectorIndex vectorIndex() {
		return this.vectorIndex;
	}

	double catalogSeconds() {
		return this.catalogSeconds;
	}

	double keywordSeconds() {
		return this.keywordSeconds;
	}

	double vectorSeconds() {
		return this.vectorSeconds;
	}

	static double seconds(long startNanos) {
		return (System.nanoTime() - startNanos) / 1e9;
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
