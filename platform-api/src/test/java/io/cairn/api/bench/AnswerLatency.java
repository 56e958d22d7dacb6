package io.cairn.api.bench;

import java.util.List;

import io.cairn.core.answer.Answer;
import io.cairn.core.answer.AnswerOutcome;
import io.cairn.core.answer.AnswerRequest;
import io.cairn.core.answer.AnswerService;
import io.cairn.core.collection.KnowledgeCollection;

/**
 * End-to-end latency of {@link AnswerService#answer} (retrieval, refusal check, context
 * assembly, extractive generation, citation check), one question at a time, after a
 * warm-up on other questions, with the plain (not memoised) encoder.
 *
 * @param stats milliseconds per answer
 * @param questions questions timed
 * @param refused of them refused
 */
record AnswerLatency(Stats stats, int questions, int refused) {

	static AnswerLatency measure(AnswerService service, KnowledgeCollection collection, List<String> warmup,
			List<String> questions) {
		for (String question : warmup) {
			service.answer(collection, AnswerRequest.of(question, collection.id()));
		}
		double[] millis = new double[questions.size()];
		int refused = 0;
		for (int i = 0; i < questions.size(); i++) {
			long start = System.nanoTime();
			Answer answer = service.answer(collection, AnswerRequest.of(questions.get(i), collection.id()));
			millis[i] = (System.nanoTime() - start) / 1e6;
			refused += (answer.outcome() == AnswerOutcome.REFUSED) ? 1 : 0;
		}
		return new AnswerLatency(new Stats(millis), questions.size(), refused);
	}

}
