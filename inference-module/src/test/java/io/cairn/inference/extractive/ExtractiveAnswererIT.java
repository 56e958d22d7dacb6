package io.cairn.inference.extractive;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.cairn.core.answer.ContextSource;
import io.cairn.core.answer.GroundedPrompt;
import io.cairn.core.chunking.ChunkContentKind;
import io.cairn.core.ingest.StoredChunk;
import io.cairn.encoders.onnx.OnnxSettings;
import io.cairn.encoders.text.OnnxTextEncoder;
import io.cairn.encoders.text.TextEncoderModel;
import io.cairn.encoders.text.TextEncoderOptions;
import io.cairn.encoders.text.TextEncoders;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.prompt.ChatOptions;
import org.springframework.ai.chat.prompt.Prompt;

import static org.assertj.core.api.Assertions.assertThat;

/** The extractive answerer with the real bge-small encoders, no mocks. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExtractiveAnswererIT {

	private static final String SEPTEMBER_TABLE = """
			Item 7 > Results of Operations
			Net sales by category (in millions)
			 | Years Ended September 30, |  |
			 | 2019 | 2018 | 2017
			Products | $1,163.1 | $917.6 | $847.5
			Services | 333.4 | 285.3 | 260.2
			Total sales | $1,496.5 | $1,202.9 | $1,107.7
			Cost of sales | 1,041.3 | 828.4 | 777.0""";

	private static final String HOSPITAL = """
			The hospital admitted 412 patients with community-acquired pneumonia during the study period. \
			Patients were treated with intravenous ceftriaxone combined with azithromycin for five days. \
			The median length of stay was 6 days.""";

	private static final String STAFF = """
			Nurses on the ward worked twelve-hour shifts. The cafeteria was renovated in the spring.""";

	private final TextEncoders encoders = new TextEncoders(OnnxSettings.cpu(1), TextEncoderOptions.defaults());

	private final ExtractiveAnswerer answerer = new ExtractiveAnswerer(encoders(TextEncoderModel.BGE_SMALL_EN_V15),
			encoders(TextEncoderModel.BGE_SMALL_ZH_V15), ExtractiveSettings.defaults());

	@AfterAll
	void close() {
		this.encoders.close();
	}

	private SentenceEncoders encoders(TextEncoderModel model) {
		OnnxTextEncoder encoder = this.encoders.get(model).encoder();
		return new SentenceEncoders(encoder.queryEncoder(), encoder);
	}

	@Test
	void answersAProseQuestionWithTheRightSentenceAndMarker() {
		AssistantMessage answer = ask("Which intravenous antibiotics were the pneumonia patients treated with?", STAFF,
				HOSPITAL);
		assertThat(answer.getText()).contains(
				"Patients were treated with intravenous ceftriaxone combined with azithromycin for five days. [2]");
		assertThat(answer.getText()).doesNotContain("[1]").doesNotContain("cafeteria");
		assertThat(support(answer)).isGreaterThan(ExtractiveSettings.DEFAULT_MIN_SUPPORT);
	}

	@Test
	void theDefaultThresholdTradesAWeaklyWordedAnswerForRefusalPrecision() {
		// "antibiotics" and "treat" are not the source's words: the support (about 0.53)
		// is
		// under the default measured on TAT-QA (0.64), so the default refuses; a lower
		// threshold answers it, at the price of answering more unanswerable questions.
		String question = "Which antibiotics were used to treat pneumonia?";
		AssistantMessage strict = ask(question, STAFF, HOSPITAL);
		assertThat(strict.getText()).isEqualTo(GroundedPrompt.REFUSAL);
		AssistantMessage lenient = new ExtractiveAnswerer(encoders(TextEncoderModel.BGE_SMALL_EN_V15), null,
				ExtractiveSettings.defaults().withMinSupport(0.5))
			.call(prompt(question, STAFF, HOSPITAL))
			.getResult()
			.getOutput();
		assertThat(lenient.getText()).contains("ceftriaxone combined with azithromycin for five days. [2]");
	}

	@Test
	void answersATableQuestionWithTheExactCellScaleAndPeriod() {
		AssistantMessage answer = ask("What is the amount of total sales in 2019?", HOSPITAL, SEPTEMBER_TABLE);
		assertThat(answer.getText()).startsWith("Total sales | $1,496.5 | $1,202.9 | $1,107.7 [2]");
		assertThat(answer.getMetadata()).containsEntry(ExtractiveMetadata.EXACT_ANSWER, "$1,496.5")
			.containsEntry(ExtractiveMetadata.EXACT_ANSWER_SCALE, "million")
			.containsEntry(ExtractiveMetadata.EXACT_ANSWER_PERIOD, "2019");
	}

	@Test
	void picksTheColumnOfTheYearAsked() {
		AssistantMessage answer = ask("What was the cost of sales in 2018?", SEPTEMBER_TABLE);
		assertThat(answer.getText()).startsWith("Cost of sales | 1,041.3 | 828.4 | 777.0 [1]");
		assertThat(answer.getMetadata()).containsEntry(ExtractiveMetadata.EXACT_ANSWER, "828.4")
			.containsEntry(ExtractiveMetadata.EXACT_ANSWER_PERIOD, "2018");
	}

	@Test
	void refusesATableQuestionAboutAPeriodTheTableDoesNotHave() {
		AssistantMessage answer = ask("What were total sales in 2016?", SEPTEMBER_TABLE);
		assertThat(answer.getText()).isEqualTo(GroundedPrompt.REFUSAL);
	}

	@Test
	void answersANumericProseQuestionWithTheExactSpan() {
		AssistantMessage answer = ask("How many patients with pneumonia did the hospital admit?", HOSPITAL);
		assertThat(answer.getText()).startsWith("The hospital admitted 412 patients");
		assertThat(answer.getMetadata()).containsEntry(ExtractiveMetadata.EXACT_ANSWER, "412");
	}

	@Test
	void refusesWhenTheSourcesDoNotCoverTheQuestion() {
		AssistantMessage answer = ask("What is the capital of Australia?", HOSPITAL, STAFF);
		assertThat(answer.getText()).isEqualTo(GroundedPrompt.REFUSAL);
		assertThat(answer.getMetadata()).containsEntry(ExtractiveMetadata.REFUSED, true)
			.doesNotContainKey(ExtractiveMetadata.EXACT_ANSWER);
		assertThat(support(answer)).isLessThan(ExtractiveSettings.DEFAULT_MIN_SUPPORT);
	}

	@Test
	void answersAChineseQuestionOverChineseSources() {
		AssistantMessage answer = ask("公司2019年的营业收入是多少？", "公司员工总数为三千人，分布在五个城市。",
				"2019年，公司实现营业收入12.5亿元，同比增长8%。公司计划明年开设新的研发中心。");
		assertThat(answer.getText()).startsWith("2019年，公司实现营业收入12.5亿元，同比增长8%。 [2]");
		assertThat(answer.getMetadata()).containsEntry(ExtractiveMetadata.EXACT_ANSWER, "12.5亿元");
	}

	@Test
	void keepsOnlyOneOfTwoRedundantSentences() {
		AssistantMessage answer = ask("How long was the median length of stay?",
				"The median length of stay was 6 days for patients with pneumonia.",
				"For patients with pneumonia, the median length of stay was 6 days.");
		assertThat(answer.getText()).containsOnlyOnce("median length of stay");
	}

	@Test
	void streamsTheSameTextAsCall() {
		Prompt prompt = prompt("Which antibiotics were used to treat pneumonia, and for how long did patients stay?",
				HOSPITAL, STAFF);
		ChatResponse called = this.answerer.call(prompt);
		List<ChatResponse> streamed = this.answerer.stream(prompt).collectList().block();
		assertThat(streamed).isNotEmpty();
		String text = streamed.stream()
			.map((response) -> response.getResult().getOutput().getText())
			.collect(Collectors.joining());
		assertThat(text).isEqualTo(called.getResult().getOutput().getText());
		Map<String, Object> last = streamed.getLast().getResult().getOutput().getMetadata();
		assertThat(last).containsKey(ExtractiveMetadata.SUPPORT);
	}

	private AssistantMessage ask(String question, String... texts) {
		return this.answerer.call(prompt(question, texts)).getResult().getOutput();
	}

	private static double support(AssistantMessage answer) {
		return (Double) answer.getMetadata().get(ExtractiveMetadata.SUPPORT);
	}

	static Prompt prompt(String question, String... texts) {
		List<ContextSource> sources = new java.util.ArrayList<>();
		for (int i = 0; i < texts.length; i++) {
			ChunkContentKind kind = texts[i].contains(" | ") ? ChunkContentKind.TABLE : ChunkContentKind.TEXT;
			StoredChunk chunk = new StoredChunk("c" + i, i, 1, i, texts[i], 0, 1, 1, List.of(), kind, Map.of(),
					new float[0]);
			sources.add(new ContextSource(i + 1, chunk, "Document " + (i + 1)));
		}
		return GroundedPrompt.of(question, sources, ChatOptions.builder().build());
	}

}
