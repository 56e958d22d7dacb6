package io.cairn.core.retrieval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.ai.document.Document;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.ai.embedding.EmbeddingRequest;
import org.springframework.ai.embedding.EmbeddingResponse;

/**
 * Remembers the vectors of the last texts embedded one at a time. A question is embedded
 * by the search, by the refusal check and by the extractive generator; with this, the
 * encoder runs once. Batches pass through unchanged.
 */
public final class RecentEmbeddings implements EmbeddingModel {

	private final EmbeddingModel encoder;

	private final Map<String, float[]> recent;

	public RecentEmbeddings(EmbeddingModel encoder, int capacity) {
		this.encoder = encoder;
		this.recent = new LinkedHashMap<>(capacity * 2, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
				return size() > capacity;
			}

		};
	}

	@Override
	public float[] embed(String text) {
		synchronized (this.recent) {
			float[] known = this.recent.get(text);
			if (known != null) {
				return known.clone();
			}
		}
		float[] vector = this.encoder.embed(text);
		synchronized (this.recent) {
			this.recent.put(text, vector.clone());
		}
		return vector;
	}

	@Override
	public EmbeddingResponse call(EmbeddingRequest request) {
		return this.encoder.call(request);
	}

	@Override
	public float[] embed(Document document) {
		return this.encoder.embed(document);
	}

	@Override
	public List<float[]> embed(List<String> texts) {
		return this.encoder.embed(texts);
	}

	@Override
	public int dimensions() {
		return this.encoder.dimensions();
	}

}
