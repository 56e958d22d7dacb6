package io.cairn.core.answer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A grounded answer.
 *
 * @param text the answer with {@code [n]} markers, or the refusal sentence
 * @param outcome answered or refused
 * @param refusal why it was refused, null when answered
 * @param sentences the checked sentences (kept and flagged ones)
 * @param citations the cited sources, each once, in order of first citation
 * @param unsupported sentences no source supports: dropped from {@code text} for
 * extractive generators, kept and flagged for generative ones
 * @param exactAnswer the exact span for numeric, date and short factoid questions, if the
 * generator found one
 * @param exactScale the scale the sources state for {@code exactAnswer} ("million",
 * "percent"...), if any
 * @param exactPeriod the period {@code exactAnswer} is for (e.g. "2019"), if known
 * @param question the question as asked
 * @param standaloneQuestion the question rewritten with the conversation, as searched
 * @param generator the generator's name
 * @param retrievalSupport cosine similarity of the question and its best retrieved chunk
 */
public record Answer(String text, AnswerOutcome outcome, @Nullable RefusalReason refusal,
		List<CheckedSentence> sentences, List<Citation> citations, List<String> unsupported,
		@Nullable String exactAnswer, @Nullable String exactScale, @Nullable String exactPeriod, String question,
		String standaloneQuestion, String generator, double retrievalSupport) {

	static Answer refused(RefusalReason reason, String question, String standalone, String generator,
			double retrievalSupport) {
		return new Answer(GroundedPrompt.REFUSAL, AnswerOutcome.REFUSED, reason, List.of(), List.of(), List.of(), null,
				null, null, question, standalone, generator, retrievalSupport);
	}

	/** Distinct citations of {@code sentences}, in order of first use. */
	static List<Citation> distinctCitations(List<CheckedSentence> sentences) {
		Map<Integer, Citation> byNumber = new LinkedHashMap<>();
		sentences.forEach((sentence) -> sentence.citations().forEach((c) -> byNumber.putIfAbsent(c.number(), c)));
		return List.copyOf(byNumber.values());
	}

}
