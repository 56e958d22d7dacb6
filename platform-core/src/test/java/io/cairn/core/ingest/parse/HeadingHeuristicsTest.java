package io.cairn.core.ingest.parse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeadingHeuristicsTest {

	@Test
	void numberedTitlesTakeTheirLevelFromTheNumbering() {
		assertThat(HeadingHeuristics.level("1 Introduction", 1)).isEqualTo(1);
		assertThat(HeadingHeuristics.level("1.2 Methods", 1)).isEqualTo(2);
		assertThat(HeadingHeuristics.level("4.2.1. Sample size", 1)).isEqualTo(3);
		assertThat(HeadingHeuristics.level("第二章 总则", 1)).isEqualTo(1);
		assertThat(HeadingHeuristics.level("第三节 方法", 1)).isEqualTo(2);
		assertThat(HeadingHeuristics.level("（一）适用范围", 1)).isEqualTo(2);
	}

	@Test
	void largerFontsAndCapitalsMakeHeadings() {
		assertThat(HeadingHeuristics.level("Annual Report", 2.0)).isEqualTo(1);
		assertThat(HeadingHeuristics.level("Key figures", 1.3)).isEqualTo(2);
		assertThat(HeadingHeuristics.level("Key figures", 1.15)).isEqualTo(3);
		assertThat(HeadingHeuristics.level("RESULTS AND DISCUSSION", 1)).isEqualTo(2);
	}

	@Test
	void bodyTextIsNotAHeading() {
		assertThat(HeadingHeuristics.level("The results were clear.", 1)).isZero();
		assertThat(HeadingHeuristics.level("3.5 million patients were enrolled", 1)).isZero();
		assertThat(HeadingHeuristics.level("2024 Annual Report", 1)).isZero();
		assertThat(HeadingHeuristics.level("Key figures", 1)).isZero();
		assertThat(HeadingHeuristics.level("12", 1.6)).isZero();
		assertThat(HeadingHeuristics.level("USA", 1)).isZero();
		assertThat(HeadingHeuristics
			.level("A line that is far too long to be a heading because it has more than fourteen words in it", 1.6))
			.isZero();
	}

}
