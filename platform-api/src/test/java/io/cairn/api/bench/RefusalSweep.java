package io.cairn.api.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Refusal quality of threshold pairs on the answerable (asked of the half with the
 * context) and unanswerable (asked of the half without it) TAT-QA questions. A question
 * is refused at a pair when the service refused it with the thresholds off, its retrieval
 * support is under the first threshold or its generator support under the second.
 */
final class RefusalSweep {

	/** "Off" for the retrieval threshold (cosine is never below it). */
	static final double RETRIEVAL_OFF = -1;

	/** "Off" for the generator threshold. */
	static final double SUPPORT_OFF = 0;

	/** Precision a refusal threshold should keep (the brief's bar). */
	static final double MIN_PRECISION = 0.9;

	/**
	 * Refusal quality at one threshold pair.
	 *
	 * @param minRetrieval retrieval support threshold
	 * @param minSupport extractive support threshold
	 * @param precision refusals of unanswerable questions / refusals
	 * @param recall unanswerable questions refused / unanswerable questions
	 * @param answered answerable questions answered / answerable questions
	 */
	record Point(double minRetrieval, double minSupport, double precision, double recall, double answered) {

		double f1() {
			return (this.precision + this.recall == 0) ? 0
					: 2 * this.precision * this.recall / (this.precision + this.recall);
		}

	}

	private final List<TatQaRun.Observation> answerable;

	private final List<TatQaRun.Observation> unanswerable;

	RefusalSweep(List<TatQaRun.Observation> observations) {
		this.answerable = observations.stream().filter((o) -> o.ask() == TatQaRun.Ask.HAS).toList();
		this.unanswerable = observations.stream().filter((o) -> o.ask() == TatQaRun.Ask.LACKS).toList();
	}

	int answerableCount() {
		return this.answerable.size();
	}

	int unanswerableCount() {
		return this.unanswerable.size();
	}

	Point at(double minRetrieval, double minSupport) {
		long refusedUnanswerable = this.unanswerable.stream()
			.filter((o) -> o.refusedAt(minRetrieval, minSupport))
			.count();
		long refusedAnswerable = this.answerable.stream().filter((o) -> o.refusedAt(minRetrieval, minSupport)).count();
		long refused = refusedUnanswerable + refusedAnswerable;
		double precision = (refused == 0) ? 1 : (double) refusedUnanswerable / refused;
		double recall = (double) refusedUnanswerable / Math.max(1, this.unanswerable.size());
		double answered = 1 - (double) refusedAnswerable / Math.max(1, this.answerable.size());
		return new Point(minRetrieval, minSupport, precision, recall, answered);
	}

	/** The retrieval threshold alone, from {@code from} to {@code to}. */
	List<Point> retrievalOnly(double from, double to, double step) {
		List<Point> points = new ArrayList<>();
		for (double t : steps(from, to, step)) {
			points.add(at(t, SUPPORT_OFF));
		}
		return points;
	}

	/** The extractive support threshold alone. */
	List<Point> supportOnly(double from, double to, double step) {
		List<Point> points = new ArrayList<>();
		for (double t : steps(from, to, step)) {
			points.add(at(RETRIEVAL_OFF, t));
		}
		return points;
	}

	/** Every pair of the grid, each signal also "off". */
	List<Point> grid() {
		List<Point> points = new ArrayList<>();
		List<Double> retrieval = new ArrayList<>(List.of(RETRIEVAL_OFF));
		retrieval.addAll(steps(0.40, 0.95, 0.01));
		List<Double> support = new ArrayList<>(List.of(SUPPORT_OFF));
		support.addAll(steps(0.20, 0.90, 0.01));
		for (double r : retrieval) {
			for (double s : support) {
				points.add(at(r, s));
			}
		}
		return points;
	}

	/** The pair of best refusal F1. */
	Point bestF1(List<Point> points) {
		return points.stream().max(Comparator.comparingDouble(Point::f1)).orElseThrow();
	}

	/** The pair of highest recall with precision at least {@link #MIN_PRECISION}. */
	Optional<Point> bestRecallAtPrecision(List<Point> points) {
		return points.stream()
			.filter((p) -> p.precision() >= MIN_PRECISION && p.recall() > 0)
			.max(Comparator.comparingDouble(Point::recall).thenComparingDouble(Point::answered));
	}

	private static List<Double> steps(double from, double to, double step) {
		List<Double> values = new ArrayList<>();
		for (int i = 0; from + i * step <= to + 1e-9; i++) {
			values.add(Math.round((from + i * step) * 1000) / 1000.0);
		}
		return values;
	}

}
