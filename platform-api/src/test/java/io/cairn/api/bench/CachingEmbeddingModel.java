package io.cairn.api.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.ai.document.Document;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.ai.embedding.EmbeddingRequest;
import org.springframework.ai.embedding.EmbeddingResponse;

/**
 * The real encoder with a memo of the texts it has embedded, for the quality runs only:
 * TAT-QA asks six questions of each context in three collections, so the same sentences
 * and rows come back again and again. The bundled int8 model embeds one sequence at a
 * time, so a text's vector does not depend on its batch and the memo changes no result.
 * Latency is measured without it.
 */
final class CachingEmbeddingModel implements EmbeddingModel {

	private final EmbeddingModel delegate;

	private final Map<String, float[]> memo = new ConcurrentHashMap<>();

	CachingEmbeddingModel(EmbeddingModel delegate) {
		this.delegate = delegate;
	}

	@Override
	public float[] embed(String text) {
		return embed(List.of(text)).getFirst();
	}

	@Override
	public List<float[]> embed(List<String> texts) {
		List<String> missing = texts.stream().filter((text) -> !this.memo.containsKey(text)).distinct().toList();
		if (!missing.isEmpty()) {
			List<float[]> vectors = this.delegate.embed(missing);
			for (int i = 0; i < missing.size(); i++) {
				this.memo.put(missing.get(i), vectors.get(i));
			}
		}
		List<float[]> vectors = new ArrayList<>(texts.size());
		texts.forEach((text) -> vectors.add(this.memo.get(text)));
		return vectors;
	}

	@Override
	public EmbeddingResponse call(EmbeddingRequest request) {
		return this.delegate.call(request);
	}

	@Override
	public float[] embed(Document document) {
		return this.delegate.embed(document);
	}

	@Override
	public int dimensions() {
		return this.delegate.dimensions();
	}

}
