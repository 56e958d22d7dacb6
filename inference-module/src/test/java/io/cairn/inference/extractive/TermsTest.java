package io.cairn.inference.extractive;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TermsTest {

	@Test
	void dropsStopWordsAndMeetsInflections() {
		assertThat(Terms.of("What were the total sales in 2019?")).containsExactly("total", "sal");
		assertThat(Terms.of("Total sale increased")).containsExactlyInAnyOrder("total", "sal", "increas");
		assertThat(Terms.of("The increase in companies")).containsExactlyInAnyOrder("increas", "company");
	}

	@Test
	void readsChineseAsCharacterBigrams() {
		assertThat(Terms.of("营业收入是多少")).containsExactly("营业", "业收", "收入", "入是");
	}

	@Test
	void measuresRecallAndContainment() {
		assertThat(Terms.recall(Terms.of("total sales 2019"), Terms.of("Total sales | $1,496.5"))).isEqualTo(1.0);
		assertThat(Terms.containment(Terms.of("median length of stay"),
				Terms.of("For patients, the median length of stay was six days")))
			.isEqualTo(1.0);
		assertThat(Terms.cjkShare("公司2019年的营业收入是多少？")).isGreaterThan(0.9);
		assertThat(Terms.cjkShare("What is revenue?")).isZero();
	}

}
