package io.cairn.api.bench;

import java.util.List;

/**
 * Exact match and token F1 of one answer type on the full collection, at a refusal
 * threshold pair (a refused question scores 0).
 *
 * @param type span, multi-span, arithmetic or count
 * @param questions questions of the type
 * @param answered of them answered
 * @param exactMatch mean EM over all questions of the type
 * @param f1 mean token F1 over all of them
 * @param exactMatchAnswered mean EM over the answered ones
 * @param f1Answered mean F1 over the answered ones
 */
record SpanQuality(String type, int questions, int answered, double exactMatch, double f1, double exactMatchAnswered,
		double f1Answered) {

	static SpanQuality score(List<TatQaRun.Observation> observations, String type, double minRetrieval,
			double minSupport) {
		List<TatQaRun.Observation> ofType = observations.stream()
			.filter((o) -> o.ask() == TatQaRun.Ask.FULL && o.question().answerType().equals(type))
			.toList();
		int answered = 0;
		double em = 0;
		double f1 = 0;
		for (TatQaRun.Observation o : ofType) {
			if (o.refusedAt(minRetrieval, minSupport)) {
				continue;
			}
			answered++;
			em += exactMatch(o) ? 1 : 0;
			f1 += f1(o);
		}
		int n = ofType.size();
		return new SpanQuality(type, n, answered, em / Math.max(1, n), f1 / Math.max(1, n), em / Math.max(1, answered),
				f1 / Math.max(1, answered));
	}

	static boolean exactMatch(TatQaRun.Observation o) {
		List<String> gold = o.question().answers();
		return (gold.size() == 1) ? AnswerMetrics.exactMatch(o.prediction(), gold.getFirst())
				: AnswerMetrics.exactMatch(o.prediction(), gold);
	}

	static double f1(TatQaRun.Observation o) {
		List<String> gold = o.question().answers();
		return (gold.size() == 1) ? AnswerMetrics.f1(o.prediction(), gold.getFirst())
				: AnswerMetrics.f1(o.prediction(), gold);
	}

}
