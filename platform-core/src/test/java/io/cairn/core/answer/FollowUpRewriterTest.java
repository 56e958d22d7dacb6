package io.cairn.core.answer;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FollowUpRewriterTest {

	private final FollowUpRewriter rewriter = new FollowUpRewriter();

	private final List<PriorTurn> history = List
		.of(new PriorTurn("What was the total revenue in 2019?", "What was the total revenue in 2019?"));

	@Test
	void yearFollowUpReplacesThePeriodOfThePreviousQuestion() {
		assertThat(this.rewriter.rewrite("and in 2018?", this.history))
			.isEqualTo("What was the total revenue in 2018?");
		assertThat(this.rewriter.rewrite("What about 2017?", this.history))
			.isEqualTo("What was the total revenue in 2017?");
	}

	@Test
	void followUpAboutAnotherAspectExtendsThePreviousQuestion() {
		assertThat(this.rewriter.rewrite("and what about its operating margin?", this.history))
			.isEqualTo("What was the total revenue in 2019 operating margin?");
	}

	@Test
	void standaloneQuestionIsLeftAlone() {
		assertThat(this.rewriter.rewrite("How many employees did the company have at the end of 2019?", this.history))
			.isEqualTo("How many employees did the company have at the end of 2019?");
	}

	@Test
	void firstQuestionIsLeftAlone() {
		assertThat(this.rewriter.rewrite("and in 2018?", List.of())).isEqualTo("and in 2018?");
	}

	@Test
	void chineseFollowUpIsRecognised() {
		assertThat(this.rewriter.isFollowUp("那2018年呢？")).isTrue();
	}

}
