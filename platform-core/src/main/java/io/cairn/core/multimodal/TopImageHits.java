package io.cairn.core.multimodal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The {@code k} image vectors most similar to a query, collected one at a time so that an
 * index can stream its candidates instead of holding them all. Not thread-safe.
 */
public final class TopImageHits {

	private static final Comparator<ImageHit> BY_SCORE = Comparator.comparingDouble(ImageHit::score);

	private final float[] query;

	private final int k;

	private final PriorityQueue<ImageHit> best = new PriorityQueue<>(BY_SCORE);

	/**
	 * @param query the query vector
	 * @param k how many to keep, at least 1
	 */
	public TopImageHits(float[] query, int k) {
		if (k < 1) {
			throw new IllegalArgumentException("k must be >= 1, was " + k);
		}
		this.query = query;
		this.k = k;
	}

	/** Scores a candidate by cosine and keeps it if it is among the best so far. */
	public void offer(ImageVector candidate) {
		this.best.add(candidate.hit(Vectors.cosine(this.query, candidate.vector())));
		if (this.best.size() > this.k) {
			this.best.poll();
		}
	}

	/** The kept hits, best first. */
	public List<ImageHit> hits() {
		List<ImageHit> hits = new ArrayList<>(this.best);
		hits.sort(BY_SCORE.reversed());
		return hits;
	}

}
