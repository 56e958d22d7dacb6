package io.cairn.api.answer;

import java.util.List;

import io.cairn.core.collection.Language;
import io.cairn.core.retrieval.EmbeddingSpaces;
import org.springframework.ai.document.Document;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.ai.embedding.EmbeddingRequest;
import org.springframework.ai.embedding.EmbeddingResponse;

/**
 * The query or passage encoder of one language's embedding space, looked up at each call
 * so that the encoders still load on first use, not at startup.
 */
final class LanguageEncoder implements EmbeddingModel {

	private final EmbeddingSpaces spaces;

	private final Language language;

	private final boolean queries;

	LanguageEncoder(EmbeddingSpaces spaces, Language language, boolean queries) {
		this.spaces = spaces;
		this.language = language;
		this.queries = queries;
	}

	private EmbeddingModel target() {
		var space = this.spaces.forLanguage(this.language);
		return this.queries ? space.queries() : space.passages();
	}

	@Override
	public EmbeddingResponse call(EmbeddingRequest request) {
		return target().call(request);
	}

	@Override
	public float[] embed(String text) {
		return target().embed(text);
	}

	@Override
	public float[] embed(Document document) {
		return target().embed(document);
	}

	@Override
	public List<float[]> embed(List<String> texts) {
		return target().embed(texts);
	}

	@Override
	public int dimensions() {
		return target().dimensions();
	}

}
