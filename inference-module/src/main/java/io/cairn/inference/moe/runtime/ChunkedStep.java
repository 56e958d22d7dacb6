package io.cairn.inference.moe.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Runs a step whose prompts are longer than the prefill chunk as several steps of at most
 * {@code chunk} tokens per sequence; sequences whose prompt has ended drop out. The
 * attention scores of one step then take {@code heads x chunk x context} floats instead
 * of {@code heads x prompt x context}.
 */
final class ChunkedStep {

	private ChunkedStep() {
	}

	static StepResult run(List<int[]> tokens, List<KvCache> caches, int chunk, int vocab,
			BiFunction<List<int[]>, List<KvCache>, StepResult> step) {
		float[] logits = new float[tokens.size() * vocab];
		long[] rows = new long[0];
		int longest = tokens.stream().mapToInt((t) -> t.length).max().orElseThrow();
		for (int from = 0; from < longest; from += chunk) {
			List<int[]> part = new ArrayList<>();
			List<KvCache> partCaches = new ArrayList<>();
			List<Integer> members = new ArrayList<>();
			for (int b = 0; b < tokens.size(); b++) {
				int[] run = tokens.get(b);
				if (run.length > from) {
					part.add(Arrays.copyOfRange(run, from, Math.min(run.length, from + chunk)));
					partCaches.add(caches.get(b));
					members.add(b);
				}
			}
			StepResult result = step.apply(part, partCaches);
			for (int k = 0; k < members.size(); k++) {
				int b = members.get(k);
				if (tokens.get(b).length <= from + chunk) {
					System.arraycopy(result.lastLogits(k), 0, logits, b * vocab, vocab);
				}
			}
			long[] stepRows = result.expertRows();
			if (rows.length == 0) {
				rows = stepRows;
			}
			else {
				for (int i = 0; i < rows.length; i++) {
					rows[i] += stepRows[i];
				}
			}
		}
		int[] counts = new int[tokens.size()];
		Arrays.fill(counts, 1);
		return new StepResult(logits, 1, vocab, counts, rows);
	}

}
