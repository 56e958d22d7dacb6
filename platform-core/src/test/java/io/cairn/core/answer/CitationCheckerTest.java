package io.cairn.core.answer;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CitationCheckerTest {

	private final CitationChecker checker = new CitationChecker(0.6);

	private final List<ContextSource> sources = Sources.of(
			"The company was founded in 1998. Revenue grew to $1,496.5 million in 2019, mostly from fixed-price contracts.",
			"Fixed Price | $ 1,452.4 | $ 1,146.2\nOther | 44.1 | 56.7\nTotal sales | $1,496.5 | $1,202.9",
			"Employees numbered 4,200 at year end.");

	@Test
	void verbatimSentenceIsSupportedByItsCitedSourceWithTheExactSpan() {
		List<CheckedSentence> checked = this.checker
			.check("Revenue grew to $1,496.5 million in 2019, mostly from fixed-price contracts. [1]", this.sources);

		assertThat(checked).singleElement().satisfies((sentence) -> {
			assertThat(sentence.supported()).isTrue();
			assertThat(sentence.citations()).extracting(Citation::number).containsExactly(1);
			assertThat(sentence.citations().getFirst().quote())
				.isEqualTo("Revenue grew to $1,496.5 million in 2019, mostly from fixed-price contracts.");
			String text = this.sources.getFirst().chunk().text();
			Citation citation = sentence.citations().getFirst();
			assertThat(text.substring(citation.quoteStart(), citation.quoteEnd())).isEqualTo(citation.quote());
		});
	}

	@Test
	void markersAfterTheFullStopStayWithTheirSentence() {
		List<String> sentences = this.checker
			.sentences("Employees numbered 4,200 at year end. [3] The company was founded in 1998. [1][2]");

		assertThat(sentences).containsExactly("Employees numbered 4,200 at year end. [3]",
				"The company was founded in 1998. [1][2]");
	}

	@Test
	void tableRowsWithoutFullStopsAreSentencesOfTheirOwn() {
		List<CheckedSentence> checked = this.checker
			.check("Total sales | $1,496.5 | $1,202.9 [2] Employees numbered 4,200 at year end. [3]", this.sources);

		assertThat(checked).extracting(CheckedSentence::text)
			.containsExactly("Total sales | $1,496.5 | $1,202.9", "Employees numbered 4,200 at year end.");
		assertThat(checked).allMatch(CheckedSentence::supported);
	}

	@Test
	void wrongNumberIsNotSupported() {
		CheckedSentence checked = this.checker.checkSentence("Employees numbered 5,000 at year end [3].", this.sources);

		assertThat(checked.supported()).isFalse();
		assertThat(checked.citations()).isEmpty();
	}

	@Test
	void statementNoSourceMakesIsNotSupported() {
		CheckedSentence checked = this.checker
			.checkSentence("The board approved a dividend of two dollars per share [1].", this.sources);

		assertThat(checked.supported()).isFalse();
		assertThat(checked.support()).isLessThan(0.6);
	}

	@Test
	void sentenceCitingTheWrongSourceIsCitedToTheOneThatSupportsIt() {
		CheckedSentence checked = this.checker.checkSentence("Employees numbered 4,200 at year end [1].", this.sources);

		assertThat(checked.supported()).isTrue();
		assertThat(checked.citations()).extracting(Citation::number).containsExactly(3);
	}

	@Test
	void tableRowSupportsACellStatement() {
		CheckedSentence checked = this.checker.checkSentence("Total sales | $1,496.5 | $1,202.9 [2]", this.sources);

		assertThat(checked.supported()).isTrue();
		assertThat(checked.citations().getFirst().quote()).isEqualTo("Total sales | $1,496.5 | $1,202.9");
	}

	@Test
	void paraphraseWithMostTermsIsSupported() {
		CheckedSentence checked = this.checker.checkSentence("In 2019 revenue grew to 1,496.5 million [1].",
				this.sources);

		assertThat(checked.supported()).isTrue();
		assertThat(checked.support()).isGreaterThanOrEqualTo(0.6);
	}

}
