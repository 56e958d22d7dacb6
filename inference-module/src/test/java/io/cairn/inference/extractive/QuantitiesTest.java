package io.cairn.inference.extractive;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuantitiesTest {

	@Test
	void findsAmountsPercentagesAndDatesAsWritten() {
		assertThat(Quantities.spans("Revenue rose 12.5% to $3.2 billion on March 3, 2019."))
			.extracting(Quantities.Span::text, Quantities.Span::kind, Quantities.Span::scale)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("12.5%", Quantities.Kind.PERCENT, "percent"),
					org.assertj.core.groups.Tuple.tuple("$3.2 billion", Quantities.Kind.MONEY, "billion"),
					org.assertj.core.groups.Tuple.tuple("March 3, 2019", Quantities.Kind.DATE, null));
	}

	@Test
	void normalisesNumbersSoThatWritingsMeet() {
		assertThat(Quantities.numbers("sales of $1,496.50 in fiscal 2019")).containsExactly("1496.5", "2019");
		assertThat(Quantities.numbers("截至2019年12月，收入为12.5亿元")).contains("2019", "12.5");
	}

	@Test
	void readsScalesFromCaptionsAndHeaders() {
		assertThat(Quantities.scaleOf("Net sales (in millions)")).isEqualTo("million");
		assertThat(Quantities.scaleOf("Amounts in $ thousands")).isEqualTo("thousand");
		assertThat(Quantities.scaleOf(" | $'000 | $'000")).isEqualTo("thousand");
		assertThat(Quantities.scaleOf("Gross margin %")).isEqualTo("percent");
		assertThat(Quantities.scaleOf("Segment results")).isNull();
	}

	@Test
	void tellsNumericAndDateQuestionsApart() {
		assertThat(Quantities.kind("What is the amount of total sales in 2019?"))
			.isEqualTo(Quantities.QuestionKind.NUMERIC);
		assertThat(Quantities.kind("How many patients were admitted?")).isEqualTo(Quantities.QuestionKind.NUMERIC);
		assertThat(Quantities.kind("When was the company founded?")).isEqualTo(Quantities.QuestionKind.DATE);
		assertThat(Quantities.kind("公司哪一年成立？")).isEqualTo(Quantities.QuestionKind.DATE);
		assertThat(Quantities.kind("Which antibiotic was used?")).isEqualTo(Quantities.QuestionKind.OTHER);
		assertThat(Quantities.kind("Why did operating income decrease in fiscal 2019?"))
			.isEqualTo(Quantities.QuestionKind.OTHER);
		assertThat(Quantities.kind("What does total debt outstanding consist of?"))
			.isEqualTo(Quantities.QuestionKind.OTHER);
		assertThat(Quantities.kind("How did the revenue change?")).isEqualTo(Quantities.QuestionKind.OTHER);
	}

	@Test
	void takesTheSpanNearestTheQuestionWordsButNotTheQuestionsOwnNumbers() {
		Candidate sentence = sentence("In 2019 the company employed 5,200 people and opened 14 stores.");
		assertThat(ExactAnswers.find(Question.of("How many stores were opened in 2019?"), sentence))
			.isEqualTo(new ExactAnswer("14", null, "2019"));
		assertThat(ExactAnswers.find(Question.of("How many people did it employ in 2019?"), sentence))
			.isEqualTo(new ExactAnswer("5,200", null, "2019"));
	}

	@Test
	void answersADateQuestionWithTheDate() {
		Candidate sentence = sentence("The plant, which cost $40 million, opened on March 3, 2019.");
		assertThat(ExactAnswers.find(Question.of("When did the plant open?"), sentence))
			.isEqualTo(new ExactAnswer("March 3, 2019", null, null));
	}

	@Test
	void hasNoExactAnswerForOtherQuestions() {
		assertThat(ExactAnswers.find(Question.of("Who opened the plant?"), sentence("The mayor opened it in 2019.")))
			.isNull();
	}

	static Candidate sentence(String text) {
		return new Candidate(1, 0, 0, text, text, Terms.of(text), java.util.Set.of(), Quantities.numbers(text), null,
				null);
	}

}
