package io.cairn.inference.moe.decode;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.cairn.inference.moe.runtime.KvCache;
import org.jspecify.annotations.Nullable;

/**
 * Keys and values of static prompt prefixes (a knowledge-base context shared by many
 * requests), computed once. A request whose prompt starts with a cached prefix starts
 * from a copy of its cache and only runs the rest of its prompt.
 */
final class PrefixCache {

	/** Prefixes kept; the least recently used is dropped beyond this. */
	static final int CAPACITY = 8;

	private final Map<TokenKey, Entry> entries = java.util.Collections
		.synchronizedMap(new java.util.LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<TokenKey, PrefixCache.Entry> eldest) {
				return size() > CAPACITY;
			}
		});

	record Entry(int[] tokens, KvCache cache, float[] lastLogits) {

	}

	private record TokenKey(int[] tokens) {

		@Override
		public boolean equals(Object other) {
			return other instanceof TokenKey key && Arrays.equals(this.tokens, key.tokens);
		}

		@Override
		public int hashCode() {
			return Arrays.hashCode(this.tokens);
		}

	}

	void put(int[] tokens, KvCache cache, float[] lastLogits) {
		this.entries.put(new TokenKey(tokens), new Entry(tokens.clone(), cache, lastLogits));
	}

	boolean contains(int[] tokens) {
		return this.entries.containsKey(new TokenKey(tokens));
	}

	/** The longest cached prefix of {@code prompt}, or {@code null}. */
	@Nullable Entry longestPrefixOf(int[] prompt) {
		Entry best = null;
		List<Entry> all;
		synchronized (this.entries) {
			all = List.copyOf(this.entries.values());
		}
		for (Entry entry : all) {
			int n = entry.tokens().length;
			if (n <= prompt.length && (best == null || n > best.tokens().length)
					&& Arrays.equals(entry.tokens(), 0, n, prompt, 0, n)) {
				best = entry;
			}
		}
		return best;
	}

	int size() {
		return this.entries.size();
	}

}
