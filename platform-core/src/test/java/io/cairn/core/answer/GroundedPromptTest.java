package io.cairn.core.answer;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.ai.chat.prompt.ChatOptions;
import org.springframework.ai.chat.prompt.Prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class GroundedPromptTest {

	@Test
	void parseReadsBackWhatOfWrote() {
		List<ContextSource> sources = Sources.of("Revenue was $5 million.", "It has a </source> tag\nand two lines.");
		Prompt prompt = GroundedPrompt.of("What was revenue? ", sources, ChatOptions.builder().build());

		GroundedPrompt.Parsed parsed = GroundedPrompt.parse(prompt);

		assertThat(parsed.question()).isEqualTo("What was revenue?");
		assertThat(parsed.sources()).extracting(GroundedPrompt.Parsed.Source::number).containsExactly(1, 2);
		assertThat(parsed.sources().getFirst().text()).isEqualTo("Revenue was $5 million.");
		assertThat(parsed.sources().getFirst().document()).isEqualTo("Annual report");
		assertThat(parsed.sources().get(1).text()).isEqualTo("It has a </ source> tag\nand two lines.");
		assertThat(prompt.getSystemMessage().getText()).contains(GroundedPrompt.REFUSAL);
	}

	@Test
	void plainPromptIsAQuestionWithoutSources() {
		GroundedPrompt.Parsed parsed = GroundedPrompt.parse(new Prompt("How tall is Everest?"));

		assertThat(parsed.question()).isEqualTo("How tall is Everest?");
		assertThat(parsed.sources()).isEmpty();
	}

	@Test
	void promptWithoutQuestionIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> GroundedPrompt.parse(new Prompt("  ")));
	}

	@Test
	void refusalIsRecognisedWithMarkersAndCase() {
		assertThat(GroundedPrompt.isRefusal("the sources do not answer this question. [1]")).isTrue();
		assertThat(GroundedPrompt.isRefusal("Revenue was $5 million [1].")).isFalse();
	}

}
