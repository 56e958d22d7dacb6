package io.cairn.api.bench;

import java.util.List;
import java.util.Map;

/**
 * The BEIR (pytrec_eval / trec_eval) definitions: nDCG@k with graded gains and a log2
 * discount, the ideal DCG computed from the qrels; recall@k over the qrels with grade >
 * 0.
 */
final class RankingMetrics {

	private RankingMetrics() {
	}

	static double ndcg(List<String> ranked, Map<String, Integer> relevant, int k) {
		double dcg = 0;
		for (int i = 0; i < Math.min(k, ranked.size()); i++) {
			int grade = relevant.getOrDefault(ranked.get(i), 0);
			if (grade > 0) {
				dcg += grade / log2(i + 2);
			}
		}
		List<Integer> ideal = relevant.values().stream().filter((g) -> g > 0).sorted((a, b) -> b - a).toList();
		double idcg = 0;
		for (int i = 0; i < Math.min(k, ideal.size()); i++) {
			idcg += ideal.get(i) / log2(i + 2);
		}
		return (idcg == 0) ? 0 : dcg / idcg;
	}

	static double recall(List<String> ranked, Map<String, Integer> relevant, int k) {
		long wanted = relevant.values().stream().filter((g) -> g > 0).count();
		if (wanted == 0) {
			return 0;
		}
		long found = ranked.stream().limit(k).distinct().filter((id) -> relevant.getOrDefault(id, 0) > 0).count();
		return (double) found / wanted;
	}

	/** Fraction of {@code expected} found in {@code actual} (both top-k lists). */
	static double overlap(List<String> actual, List<String> expected) {
		if (expected.isEmpty()) {
			return 1;
		}
		return (double) expected.stream().filter(actual::contains).count() / expected.size();
	}

	private static double log2(double x) {
		return Math.log(x) / Math.log(2);
	}

}
