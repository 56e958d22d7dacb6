package io.cairn.inference.extractive;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerComposerTest {

	private final AnswerComposer composer = new AnswerComposer(ExtractiveSettings.defaults());

	private final Question question = Question.of("How long did patients stay?");

	@Test
	void refusesWhenTheBestSupportIsUnderTheMinimum() {
		AnswerComposer.Composed answer = this.composer.compose(this.question,
				List.of(scored(1, 0, 0, "The cafeteria was renovated in spring.", 0.30)));
		assertThat(answer.refused()).isTrue();
		assertThat(answer.support()).isEqualTo(0.30);
	}

	@Test
	void leavesOutANearDuplicateOfAChosenSentence() {
		AnswerComposer.Composed answer = this.composer.compose(this.question,
				List.of(scored(1, 0, 0, "The median length of stay was 6 days for patients.", 0.80),
						scored(2, 1, 0, "For patients, the median length of stay was 6 days.", 0.78),
						scored(2, 1, 1, "Patients were discharged home with oral antibiotics.", 0.75)));
		assertThat(answer.sentences()).extracting(AnswerComposer.Sentence::text)
			.containsExactly("The median length of stay was 6 days for patients.",
					"Patients were discharged home with oral antibiotics.");
	}

	@Test
	void putsTheChosenSentencesInReadingOrder() {
		AnswerComposer.Composed answer = this.composer.compose(this.question,
				List.of(scored(2, 1, 3, "Patients stayed a median of six days.", 0.80),
						scored(1, 0, 5, "Readmission within thirty days was rare.", 0.76),
						scored(2, 1, 1, "Stays were longer for older patients overall.", 0.75)));
		assertThat(answer.sentences()).extracting(AnswerComposer.Sentence::cited)
			.containsExactly("Readmission within thirty days was rare. [1]",
					"Stays were longer for older patients overall. [2]", "Patients stayed a median of six days. [2]");
	}

	@Test
	void citesEverySourceThatStatesTheSameSentence() {
		AnswerComposer.Composed answer = this.composer.compose(this.question,
				List.of(scored(3, 2, 0, "Patients stayed a median of six days.", 0.80),
						scored(1, 0, 4, "Patients stayed a median of six days.", 0.80)));
		assertThat(answer.sentences()).extracting(AnswerComposer.Sentence::cited)
			.containsExactly("Patients stayed a median of six days. [1][3]");
	}

	@Test
	void dropsSentencesFarWeakerThanTheBestAndKeepsTheLimit() {
		AnswerComposer.Composed answer = new AnswerComposer(ExtractiveSettings.defaults().withMaxSentences(2)).compose(
				this.question,
				List.of(scored(1, 0, 0, "Patients stayed a median of six days.", 0.80),
						scored(1, 0, 1, "Older patients stayed longer than younger ones.", 0.79),
						scored(1, 0, 2, "Nurses worked in twelve hour shifts on wards.", 0.78),
						scored(1, 0, 3, "The cafeteria was renovated during the spring.", 0.50)));
		assertThat(answer.sentences()).hasSize(2);
		assertThat(answer.sentences()).extracting(AnswerComposer.Sentence::text)
			.doesNotContain("The cafeteria was renovated during the spring.");
	}

	private static SentenceScorer.Scored scored(int source, int order, int position, String text, double support) {
		Candidate candidate = new Candidate(source, order, position, text, text, Terms.of(text), java.util.Set.of(),
				Quantities.numbers(text), null, null);
		return new SentenceScorer.Scored(candidate, support, 0, 0, support, support);
	}

}
