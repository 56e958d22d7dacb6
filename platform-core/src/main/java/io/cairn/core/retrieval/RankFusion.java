package io.cairn.core.retrieval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Combines the rankings of several indexes into one. */
public final class RankFusion {

	private RankFusion() {
	}

	/**
	 * Reciprocal rank fusion: each list adds {@code 1 / (k + rank)} with ranks from 1.
	 */
	public static List<Hit> reciprocalRank(List<List<Hit>> rankings, int k) {
		Map<String, Double> scores = new LinkedHashMap<>();
		for (List<Hit> ranking : rankings) {
			for (int rank = 0; rank < ranking.size(); rank++) {
				scores.merge(ranking.get(rank).chunkId(), 1.0 / (k + rank + 1), Double::sum);
			}
		}
		return sorted(scores);
	}

	/**
	 * Weighted sum of min-max normalised scores; a chunk missing from a list gets 0 from
	 * it. Min-max keeps each index's score spread but makes their scales comparable.
	 */
	public static List<Hit> weighted(List<Hit> keyword, List<Hit> vector, double vectorWeight) {
		Map<String, Double> scores = new LinkedHashMap<>();
		addNormalised(scores, keyword, 1 - vectorWeight);
		addNormalised(scores, vector, vectorWeight);
		return sorted(scores);
	}

	private static void addNormalised(Map<String, Double> scores, List<Hit> hits, double weight) {
		if (hits.isEmpty()) {
			return;
		}
		double max = hits.stream().mapToDouble(Hit::score).max().orElseThrow();
		double min = hits.stream().mapToDouble(Hit::score).min().orElseThrow();
		double range = max - min;
		for (Hit hit : hits) {
			double normalised = (range == 0) ? 1.0 : (hit.score() - min) / range;
			scores.merge(hit.chunkId(), weight * normalised, Double::sum);
		}
	}

	private static List<Hit> sorted(Map<String, Double> scores) {
		List<Hit> fused = new ArrayList<>(scores.size());
		scores.forEach((id, score) -> fused.add(new Hit(id, score.floatValue())));
		// Stable sort: ties keep first-seen order, so the keyword list breaks ties.
		fused.sort(Comparator.comparingDouble(Hit::score).reversed());
		return fused;
	}

}
