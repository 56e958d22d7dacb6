package io.cairn.encoders.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import io.cairn.encoders.onnx.OnnxSession;
import io.cairn.encoders.onnx.OnnxSessionFactory;
import io.cairn.encoders.onnx.OnnxSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.ai.document.Document;
import org.springframework.ai.embedding.EmbeddingOptions;
import org.springframework.ai.embedding.EmbeddingResponse;
import org.springframework.ai.embedding.TokenCountBatchingStrategy;

import static io.cairn.encoders.text.ReferenceRun.cosine;
import static io.cairn.encoders.text.ReferenceRun.maxAbsDiff;
import static io.cairn.encoders.text.ReferenceRun.norm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The three bundled models, real weights, no mocks. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BundledTextEncodersIT {

	private static final double EXACT = 1e-5;

	private static final List<String> MIXED_LENGTHS = List.of("Short.",
			"A somewhat longer sentence about retrieval-augmented generation on the JVM.", "hi",
			"Long passage: " + "Cairn splits documents into overlapping chunks and embeds them. ".repeat(12),
			"Medium length text describing quarterly revenue, margins and cash flow.", "");

	private final TextEncoders encoders = new TextEncoders(OnnxSettings.cpu(2), TextEncoderOptions.defaults());

	@AfterAll
	void close() {
		this.encoders.close();
	}

	@BeforeAll
	void loadAll() {
		TextEncoderModel.bundled().forEach(this.encoders::get);
	}

	static Stream<TextEncoderModel> models() {
		return TextEncoderModel.bundled().stream();
	}

	private LoadedTextEncoder loaded(TextEncoderModel model) {
		return this.encoders.get(model.name());
	}

	@ParameterizedTest
	@MethodSource("models")
	void producesUnitVectorsOfTheModelsDimension(TextEncoderModel model) {
		OnnxTextEncoder encoder = loaded(model).encoder();
		assertThat(encoder.dimensions()).isEqualTo(model.dimensions());
		List<float[]> vectors = encoder.embed(MIXED_LENGTHS);
		assertThat(vectors).hasSize(MIXED_LENGTHS.size()).allSatisfy((vector) -> {
			assertThat(vector).hasSize(model.dimensions());
			assertThat(norm(vector)).isCloseTo(1.0, within(1e-5));
		});
	}

	@ParameterizedTest
	@MethodSource("models")
	void similarSentencesAreCloserThanUnrelatedOnes(TextEncoderModel model) {
		OnnxTextEncoder encoder = loaded(model).encoder();
		List<String> texts = (model == TextEncoderModel.BGE_SMALL_ZH_V15)
				? List.of("猫坐在垫子上。", "一只猫正坐在地毯上。", "公司第三季度的营业收入增长了百分之五。")
				: List.of("The cat sits on the mat", "A cat is sitting on a rug", "Quarterly revenue grew 5%");
		List<float[]> vectors = encoder.embed(texts);
		double related = cosine(vectors.get(0), vectors.get(1));
		double unrelated = cosine(vectors.get(0), vectors.get(2));
		assertThat(related).as("related %.3f vs unrelated %.3f", related, unrelated).isGreaterThan(unrelated + 0.1);
	}

	@ParameterizedTest
	@MethodSource("models")
	void queryViewRanksTheAnsweringPassageFirst(TextEncoderModel model) {
		OnnxTextEncoder encoder = loaded(model).encoder();
		boolean zh = model == TextEncoderModel.BGE_SMALL_ZH_V15;
		String query = zh ? "法国的首都是哪里？" : "What is the capital of France?";
		List<String> passages = zh ? List.of("线粒体是细胞的能量工厂。", "巴黎是法国的首都和最大城市。") : List
			.of("The mitochondria is the powerhouse of the cell.", "Paris is the capital and largest city of France.");
		float[] q = encoder.queryEncoder().embed(query);
		List<float[]> p = encoder.embed(passages);
		assertThat(cosine(q, p.get(1))).isGreaterThan(cosine(q, p.get(0)) + 0.1);
	}

	@ParameterizedTest
	@MethodSource("models")
	void batchResultsEqualSingleTextResults(TextEncoderModel model) {
		OnnxTextEncoder encoder = loaded(model).encoder();
		assertThat(encoder.runsPerSequence()).as("int8 models run per sequence").isTrue();
		List<float[]> batch = encoder.embed(MIXED_LENGTHS);
		for (int i = 0; i < MIXED_LENGTHS.size(); i++) {
			float[] single = encoder.embed(MIXED_LENGTHS.get(i));
			assertThat(maxAbsDiff(batch.get(i), single)).as("text %d", i).isLessThan(EXACT);
		}
	}

	@ParameterizedTest
	@MethodSource("models")
	void orderIsPreservedAlthoughBatchesAreSortedByLength(TextEncoderModel model) {
		OnnxTextEncoder encoder = loaded(model).encoder();
		List<String> reversed = new ArrayList<>(MIXED_LENGTHS);
		Collections.reverse(reversed);
		List<float[]> forward = encoder.embed(MIXED_LENGTHS);
		List<float[]> backward = encoder.embed(reversed);
		int n = MIXED_LENGTHS.size();
		for (int i = 0; i < n; i++) {
			assertThat(maxAbsDiff(forward.get(i), backward.get(n - 1 - i))).isLessThan(EXACT);
		}
		// distinct texts give distinct vectors, so a permutation would have been caught
		assertThat(cosine(forward.get(0), forward.get(1))).isLessThan(0.99);
	}

	@ParameterizedTest
	@MethodSource("models")
	void poolingMatchesPlainJavaReferenceOnRawHiddenStates(TextEncoderModel model) throws Exception {
		OnnxTextEncoder encoder = loaded(model).encoder();
		String text = "Pooling turns token vectors into one sentence vector.";
		try (HuggingFaceTokenizer tokenizer = ReferenceRun.tokenizer(model, true);
				OnnxSession session = new OnnxSessionFactory(OnnxSettings.cpu(2)).open(model.name(),
						TextEncodersTestSupport.modelBytes(model))) {
			float[][] hidden = ReferenceRun.lastHiddenState(session, tokenizer.encode(text).getIds());
			float[] cls = ReferenceRun.cls(hidden);
			float[] mean = ReferenceRun.mean(hidden);
			float[] actual = encoder.embed(text);
			float[] expected = (model.pooling() == Pooling.CLS) ? cls : mean;
			float[] other = (model.pooling() == Pooling.CLS) ? mean : cls;
			assertThat(maxAbsDiff(actual, expected)).isLessThan(EXACT);
			assertThat(maxAbsDiff(actual, other)).as("the other pooling gives another vector").isGreaterThan(1e-2);
		}
	}

	@ParameterizedTest
	@MethodSource("models")
	void tokenCounterAgreesWithTheTokenizer(TextEncoderModel model) {
		LoadedTextEncoder loaded = loaded(model);
		OnnxTokenCounter counter = loaded.tokenCounter();
		assertThat(counter.maxTokens()).isEqualTo(510);
		assertThat(counter.count("")).isZero();
		try (HuggingFaceTokenizer plain = ReferenceRun.tokenizer(model, false)) {
			for (String text : MIXED_LENGTHS) {
				assertThat(counter.count(text)).isEqualTo(plain.encode(text).getIds().length);
				EmbeddingResponse response = loaded.encoder().embedForResponse(List.of(text));
				assertThat(response.getMetadata().getUsage().getPromptTokens()).as("encoder adds [CLS] and [SEP]")
					.isEqualTo(counter.count(text) + 2);
			}
		}
	}

	@ParameterizedTest
	@MethodSource("models")
	void textsOverTheMaximumLengthAreTruncatedNotRejected(TextEncoderModel model) {
		LoadedTextEncoder loaded = loaded(model);
		String sentence = (model == TextEncoderModel.BGE_SMALL_ZH_V15) ? "检索增强生成把文档切成重叠的片段。"
				: "Retrieval augmented generation splits documents into overlapping chunks. ";
		String longText = sentence.repeat(120);
		assertThat(loaded.tokenCounter().count(longText)).isGreaterThan(1000);
		float[] truncated = loaded.encoder().embed(longText);
		float[] longer = loaded.encoder().embed(longText + " The ending differs after token 512.");
		assertThat(norm(truncated)).isCloseTo(1.0, within(1e-5));
		assertThat(maxAbsDiff(truncated, longer)).as("only the first 512 tokens count").isLessThan(EXACT);
		EmbeddingResponse response = loaded.encoder().embedForResponse(List.of(longText));
		assertThat(response.getMetadata().getUsage().getPromptTokens()).isEqualTo(512);
	}

	@ParameterizedTest
	@MethodSource("models")
	void queryViewPrefixesTheInstruction(TextEncoderModel model) {
		OnnxTextEncoder encoder = loaded(model).encoder();
		String text = "how do transformers encode sentences";
		if (model.queryInstruction().isEmpty()) {
			assertThat(encoder.queryEncoder()).isSameAs(encoder);
			return;
		}
		float[] query = encoder.queryEncoder().embed(text);
		float[] passage = encoder.embed(text);
		assertThat(cosine(query, passage)).isLessThan(0.999);
		assertThat(maxAbsDiff(query, encoder.embed(model.queryInstruction() + text))).isLessThan(EXACT);
		assertThat(maxAbsDiff(query, encoder.queryEncoder().embed(new Document(text)))).isLessThan(EXACT);
		assertThat(encoder.queryEncoder().dimensions()).isEqualTo(model.dimensions());
	}

	@ParameterizedTest
	@MethodSource("models")
	void springAiDocumentEmbeddingWorks(TextEncoderModel model) {
		OnnxTextEncoder encoder = loaded(model).encoder();
		List<Document> documents = MIXED_LENGTHS.stream().filter((text) -> !text.isEmpty()).map(Document::new).toList();
		assertThat(maxAbsDiff(encoder.embed(documents.get(0)), encoder.embed(documents.get(0).getText())))
			.isLessThan(EXACT);
		List<float[]> vectors = encoder.embed(documents, EmbeddingOptions.builder().build(),
				new TokenCountBatchingStrategy());
		assertThat(vectors).hasSize(documents.size());
		for (int i = 0; i < documents.size(); i++) {
			assertThat(maxAbsDiff(vectors.get(i), encoder.embed(documents.get(i).getText()))).isLessThan(EXACT);
		}
		EmbeddingResponse response = encoder.embedForResponse(List.of("a", "b"));
		assertThat(response.getResults()).extracting((embedding) -> embedding.getIndex()).containsExactly(0, 1);
		assertThat(response.getMetadata().getModel()).isEqualTo(model.name());
	}

}
