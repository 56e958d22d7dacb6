package io.cairn.api.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import io.cairn.api.bench.VectorCache.Encoded;

import org.springframework.ai.embedding.EmbeddingModel;

/**
 * SciFact encoded by the product's encoder, cached under
 * {@code platform-api/target/bench-cache} by model and corpus size: the abstracts as
 * passages (no instruction), every claim through the query view (with the model's query
 * instruction) and, for comparison, as plain text.
 *
 * @param corpus vector of each abstract, in corpus order
 * @param corpusTokens content tokens of each abstract (title + ". " + text)
 * @param corpusSeconds wall time of encoding the corpus (when the cache was filled)
 * @param corpusCached whether the corpus vectors came from the cache
 * @param queries vector of each claim through the query view, in query file order
 * @param plainQueries vector of each claim without instruction
 */
record EncodedSciFact(float[][] corpus, int[] corpusTokens, double corpusSeconds, boolean corpusCached,
		float[][] queries, float[][] plainQueries) {

	private static final int BATCH = 32;

	static EncodedSciFact load(SciFact data, BenchEncoder encoder) {
		Path cache = BenchPaths.cache();
		String key = encoder.name() + "-" + data.corpus().size();
		List<String> corpusIds = data.corpus().stream().map(SciFact.Passage::id).toList();
		List<String> corpusTexts = data.corpus().stream().map(SciFact.Passage::chunkText).toList();
		Path corpusFile = cache.resolve("scifact-corpus-" + key + ".vec");
		Encoded corpus = VectorCache.read(corpusFile, corpusIds, encoder.dimensions()).orElse(null);
		boolean cached = corpus != null;
		if (corpus == null) {
			System.out.printf("[bench] encoding %d abstracts with %s (cached afterwards in %s)%n", corpusTexts.size(),
					encoder.name(), corpusFile);
			corpus = encode(encoder.passages(), corpusTexts, encoder);
			VectorCache.write(corpusFile, corpusIds, corpus);
		}
		else {
			System.out.printf("[bench] corpus vectors from %s (encoded in %.0f s when cached)%n", corpusFile,
					corpus.encodeSeconds());
		}
		List<String> queryIds = data.queries().stream().map(SciFact.Query::id).toList();
		List<String> queryTexts = data.queries().stream().map(SciFact.Query::text).toList();
		String queryKey = encoder.name() + "-" + queryIds.size();
		Encoded queries = cachedOrEncode(cache.resolve("scifact-queries-" + queryKey + ".vec"), queryIds, queryTexts,
				encoder.queries(), encoder);
		Encoded plain = cachedOrEncode(cache.resolve("scifact-queries-plain-" + queryKey + ".vec"), queryIds,
				queryTexts, encoder.passages(), encoder);
		return new EncodedSciFact(corpus.vectors(), corpus.tokens(), corpus.encodeSeconds(), cached, queries.vectors(),
				plain.vectors());
	}

	private static Encoded cachedOrEncode(Path file, List<String> ids, List<String> texts, EmbeddingModel model,
			BenchEncoder encoder) {
		return VectorCache.read(file, ids, encoder.dimensions()).orElseGet(() -> {
			Encoded encoded = encode(model, texts, encoder);
			VectorCache.write(file, ids, encoded);
			return encoded;
		});
	}

	/**
	 * Encodes in batches of similar length (less padding; the vectors do not depend on
	 * the batching).
	 */
	private static Encoded encode(EmbeddingModel model, List<String> texts, BenchEncoder encoder) {
		int[] tokens = texts.stream().mapToInt((text) -> encoder.tokens().count(text)).toArray();
		List<Integer> order = new ArrayList<>(IntStream.range(0, texts.size()).boxed().toList());
		order.sort(Comparator.comparingInt((Integer i) -> tokens[i]));
		float[][] vectors = new float[texts.size()][];
		long start = System.nanoTime();
		long lastReport = start;
		for (int from = 0; from < order.size(); from += BATCH) {
			List<Integer> batch = order.subList(from, Math.min(order.size(), from + BATCH));
			List<float[]> embedded = model.embed(batch.stream().map(texts::get).toList());
			for (int i = 0; i < batch.size(); i++) {
				vectors[batch.get(i)] = embedded.get(i);
			}
			long now = System.nanoTime();
			if (now - lastReport > 15_000_000_000L) {
				System.out.printf("[bench]   %d / %d encoded (%.0f s)%n", from + batch.size(), texts.size(),
						(now - start) / 1e9);
				lastReport = now;
			}
		}
		return new Encoded(vectors, tokens, (System.nanoTime() - start) / 1e9);
	}

}
