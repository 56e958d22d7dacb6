package io.cairn.inference.moe.decode;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.cairn.inference.moe.runtime.KvCache;
import org.jspecify.annotations.Nullable;

/**
 * Keys and values of static prompt prefixes (a knowledge-base context shared by many
 * requests), computed once. A request whose prompt starts with a cached prefix starts
 * from a copy of its cache and only runs the rest of its prompt.
 */
final class PrefixCache {

	private final Map<TokenKey, Entry> entries = new ConcurrentHashMap<>();

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
		for (Entry entry : this.entries.values()) {
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
