package io.cairn.core.chunking;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceSplitterTest {

	private final SentenceSplitter splitter = new SentenceSplitter();

	@Test
	void splitsEnglishAtSentenceEnds() {
		assertThat(this.splitter.split("The dose was raised. Symptoms improved! Was it the drug? Nobody knows."))
			.containsExactly("The dose was raised.", "Symptoms improved!", "Was it the drug?", "Nobody knows.");
	}

	@Test
	void keepsAbbreviationsInitialsAndDecimalsInsideTheSentence() {
		assertThat(this.splitter.split("Dr. Smith measured 3.5 mg/dL, e.g. in Fig. 2 of the U.S. cohort. "
				+ "J. R. Doe agreed, i.e. No. 4 was right. Values rose vs. baseline. The end."))
			.containsExactly("Dr. Smith measured 3.5 mg/dL, e.g. in Fig. 2 of the U.S. cohort.",
					"J. R. Doe agreed, i.e. No. 4 was right.", "Values rose vs. baseline.", "The end.");
	}

	@Test
	void keepsClosingQuotesAndSplitsAtLineBreaks() {
		assertThat(this.splitter.split("He said \"Stop.\" Then he left.\nA new line without period\nlast"))
			.containsExactly("He said \"Stop.\"", "Then he left.", "A new line without period", "last");
	}

	@Test
	void doesNotSplitBeforeLowerCaseOrInsideEnumerations() {
		assertThat(this.splitter.split("See section 2. it continues here. 2. Next step follows."))
			.containsExactly("See section 2. it continues here.", "2. Next step follows.");
	}

	@Test
	void splitsChineseAtFullWidthTerminators() {
		assertThat(this.splitter.split("本办法适用于全体员工。员工应当遵守规定！是否清楚？请确认；谢谢｡他说：“好的。”然后离开")).containsExactly("本办法适用于全体员工。",
				"员工应当遵守规定！", "是否清楚？", "请确认；", "谢谢｡", "他说：“好的。”", "然后离开");
	}

	@Test
	void splitsMixedChineseAndEnglish() {
		assertThat(this.splitter.split("模型使用 ONNX Runtime。It runs on CPU. 速度很快!下一句"))
			.containsExactly("模型使用 ONNX Runtime。", "It runs on CPU.", "速度很快!", "下一句");
	}

}
