package io.cairn.core.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.cairn.core.chunking.ChunkContentKind;
import io.cairn.core.ingest.StoredChunk;

/** Context sources for tests: one chunk per text, numbered from 1. */
final class Sources {

	private Sources() {
	}

	static StoredChunk chunk(long documentId, int ordinal, String text) {
		return new StoredChunk(documentId + "-" + ordinal, documentId, 1, ordinal, text, text.split("\\s+").length,
				ordinal + 1, ordinal + 1, List.of("Results"), ChunkContentKind.TEXT, Map.of(), new float[] { 1f });
	}

	static List<ContextSource> of(String... texts) {
		List<ContextSource> sources = new ArrayList<>();
		for (String text : texts) {
			sources.add(new ContextSource(sources.size() + 1, chunk(7, sources.size(), text), "Annual report"));
		}
		return sources;
	}

}
