package io.cairn.inference.extractive;

import java.util.List;
import java.util.Set;

/**
 * A question as the scorer sees it.
 *
 * @param text the question as asked
 * @param terms its content terms
 * @param numbers its normalised numbers and years ("2019", "1496.5")
 * @param years its years, in order
 * @param kind what it asks for
 */
record Question(String text, Set<String> terms, Set<String> numbers, List<String> years, Quantities.QuestionKind kind) {

	static Question of(String text) {
		return new Question(text, Terms.of(text), Quantities.numbers(text), Quantities.years(text),
				Quantities.kind(text));
	}

}
