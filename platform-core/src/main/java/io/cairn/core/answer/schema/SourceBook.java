package io.cairn.core.answer.schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

import io.cairn.core.answer.Citation;
import io.cairn.core.answer.ContextSource;
import io.cairn.core.ingest.StoredChunk;

/**
 * Numbers the chunks an answer cites (1, 2, ... in order of first use) and collects the
 * citations of each filled field by JSON pointer. One per fill; not thread-safe.
 */
final class SourceBook {

	private final LongFunction<String> titles;

	private final Map<String, ContextSource> sources = new HashMap<>();

	private final Map<Long, String> titleCache = new HashMap<>();

	private final Map<String, List<Citation>> citations = new LinkedHashMap<>();

	SourceBook(LongFunction<String> titles) {
		this.titles = titles;
	}

	/** The numbered source of a chunk, numbering it on first use. */
	ContextSource source(StoredChunk chunk) {
		return this.sources.computeIfAbsent(chunk.id(), (id) -> new ContextSource(this.sources.size() + 1, chunk,
				this.titleCache.computeIfAbsent(chunk.documentId(), this.titles::apply)));
	}

	void cite(String pointer, StoredChunk chunk, int start, int end) {
		this.citations.computeIfAbsent(pointer, (key) -> new ArrayList<>()).add(Citation.of(source(chunk), start, end));
	}

	Map<String, List<Citation>> citations() {
		return this.citations;
	}

	/** Drops the citations of {@code pointer} and of everything below it. */
	void forget(String pointer) {
		this.citations.keySet().removeIf((key) -> JsonPointers.within(key, pointer));
	}

	/**
	 * After item {@code index} of the array at {@code array} was removed: shifts later
	 * items' keys.
	 */
	void removeItem(String array, int index) {
		forget(JsonPointers.child(array, index));
		Map<String, List<Citation>> shifted = new LinkedHashMap<>();
		this.citations.forEach((key, value) -> shifted.put(shift(key, array, index), value));
		this.citations.clear();
		this.citations.putAll(shifted);
	}

	private static String shift(String key, String array, int removed) {
		if (!key.startsWith(array + "/")) {
			return key;
		}
		String rest = key.substring(array.length() + 1);
		int slash = rest.indexOf('/');
		String head = (slash < 0) ? rest : rest.substring(0, slash);
		if (!head.matches("\\d+") || Integer.parseInt(head) < removed) {
			return key;
		}
		return JsonPointers.child(array, Integer.parseInt(head) - 1) + ((slash < 0) ? "" : rest.substring(slash));
	}

}
