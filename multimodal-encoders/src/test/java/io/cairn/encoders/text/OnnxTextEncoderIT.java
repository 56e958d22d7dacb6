package io.cairn.encoders.text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import io.cairn.encoders.onnx.OnnxDevice;
import io.cairn.encoders.onnx.OnnxSessionFactory;
import io.cairn.encoders.onnx.OnnxSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.ai.document.Document;

import static io.cairn.encoders.text.ReferenceRun.cosine;
import static io.cairn.encoders.text.ReferenceRun.maxAbsDiff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Batching, concurrency, user model directories and the life cycle, on all-MiniLM-L6-v2
 * (the fastest).
 */
class OnnxTextEncoderIT {

	private static final TextEncoderModel MODEL = TextEncoderModel.ALL_MINILM_L6_V2;

	private static final OnnxSessionFactory SESSIONS = new OnnxSessionFactory(OnnxSettings.cpu(2));

	@Test
	void smallBatchesOnTwoThreadsKeepRequestOrder() {
		long seed = 20261122L;
		List<String> texts = randomTexts(new Random(seed), 23);
		try (OnnxTextEncoder reference = OnnxTextEncoder.load(MODEL, SESSIONS, TextEncoderOptions.defaults());
				OnnxTextEncoder concurrent = OnnxTextEncoder.load(MODEL, SESSIONS,
						TextEncoderOptions.defaults().withBatchSize(3).withConcurrency(2))) {
			List<float[]> expected = new ArrayList<>();
			for (String text : texts) {
				expected.add(reference.embed(text));
			}
			List<float[]> actual = concurrent.embed(texts);
			for (int i = 0; i < texts.size(); i++) {
				assertThat(maxAbsDiff(actual.get(i), expected.get(i))).as("seed %d, text %d", seed, i).isLessThan(1e-5);
			}
		}
	}

	@Test
	void paddedBatchesOfAnInt8ModelAreCloseButNotExact() {
		List<String> texts = List.of("hi", "A cat is sitting on a rug, looking out of the window at the birds.",
				"Quarterly revenue grew 5%.");
		try (OnnxTextEncoder padded = OnnxTextEncoder.load(MODEL, SESSIONS,
				TextEncoderOptions.defaults().withExecution(BatchExecution.PADDED))) {
			assertThat(padded.runsPerSequence()).isFalse();
			List<float[]> batch = padded.embed(texts);
			for (int i = 0; i < texts.size(); i++) {
				float[] single = padded.embed(texts.get(i));
				// DynamicQuantizeLinear computes one scale over the whole padded batch
				assertThat(cosine(batch.get(i), single)).as("text %d", i).isGreaterThan(0.95);
			}
		}
	}

	@Test
	void userModelDirectoryMatchesTheBundledModel(@TempDir Path dir) throws Exception {
		TextEncodersTestSupport.copyToDirectory(MODEL, dir);
		Files.createDirectories(dir.resolve("1_Pooling"));
		Files.writeString(dir.resolve("1_Pooling/config.json"), "{\"pooling_mode_mean_tokens\": true}");
		try (TextEncoders encoders = new TextEncoders(OnnxSettings.cpu(2), TextEncoderOptions.defaults());
				OnnxTextEncoder bundled = OnnxTextEncoder.load(MODEL, SESSIONS, TextEncoderOptions.defaults())) {
			LoadedTextEncoder user = encoders.get("dir:" + dir);
			assertThat(user.model().dimensions()).as("read from the model").isZero();
			assertThat(user.encoder().dimensions()).isEqualTo(384);
			assertThat(user.model().pooling()).isEqualTo(Pooling.MEAN);
			assertThat(user.tokenCounter().maxTokens()).isEqualTo(510);
			String text = "User-supplied models load from a directory.";
			assertThat(maxAbsDiff(user.encoder().embed(text), bundled.embed(text))).isLessThan(1e-6);
		}
	}

	@Test
	void registryCachesAndCloses() {
		LoadedTextEncoder first;
		try (TextEncoders encoders = new TextEncoders(OnnxSettings.cpu(2), TextEncoderOptions.defaults())) {
			first = encoders.get("all-minilm-l6-v2");
			assertThat(encoders.get("ALL-MiniLM-L6-v2")).isSameAs(first);
			assertThat(encoders.get("all-minilm-l6-v2", OnnxSettings.cpu(1), TextEncoderOptions.defaults()))
				.isNotSameAs(first);
			first.encoder().close();
			LoadedTextEncoder reloaded = encoders.get("all-minilm-l6-v2");
			assertThat(reloaded).isNotSameAs(first);
			assertThat(reloaded.encoder().embed("still works")).hasSize(384);
			first = reloaded;
		}
		assertThat(first.encoder().isClosed()).isTrue();
		LoadedTextEncoder closedOne = first;
		assertThatIllegalStateException().isThrownBy(() -> closedOne.tokenCounter().count("x"))
			.withMessageContaining("closed");
	}

	@Test
	void callsAfterCloseFailClearly() {
		OnnxTextEncoder encoder = OnnxTextEncoder.load(TextEncoderModel.BGE_SMALL_EN_V15, SESSIONS,
				TextEncoderOptions.defaults());
		OnnxTokenCounter counter = OnnxTokenCounter.load(TextEncoderModel.BGE_SMALL_EN_V15);
		assertThat(encoder.device()).isEqualTo(OnnxDevice.CPU);
		assertThat(encoder.embed("before close")).hasSize(384);
		encoder.close();
		encoder.close(); // idempotent
		counter.close();
		assertThat(encoder.isClosed()).isTrue();
		assertThatIllegalStateException().isThrownBy(() -> encoder.embed("after close"))
			.withMessage("Text encoder bge-small-en-v1.5 is closed");
		assertThatIllegalStateException().isThrownBy(() -> encoder.embed(new Document("after close")))
			.withMessageContaining("closed");
		assertThatIllegalStateException().isThrownBy(() -> encoder.queryEncoder().embed("after close"))
			.withMessageContaining("closed");
		assertThatIllegalStateException().isThrownBy(() -> counter.count("after close"))
			.withMessage("Token counter of bge-small-en-v1.5 is closed");
		// metadata stays readable
		assertThat(encoder.dimensions()).isEqualTo(384);
	}

	@Test
	void cudaRequestOnThisCpuOnlyBuildRunsOnTheCpu() {
		try (OnnxTextEncoder encoder = OnnxTextEncoder.load(MODEL, new OnnxSessionFactory(OnnxSettings.cuda(2)),
				TextEncoderOptions.defaults())) {
			assertThat(encoder.device()).isEqualTo(OnnxDevice.CPU);
			assertThat(encoder.embed("falls back")).hasSize(384);
		}
	}

	@Test
	void chineseModelLowerCasesLatinTextItsVocabularyLacks() {
		TextEncoderModel zh = TextEncoderModel.BGE_SMALL_ZH_V15;
		try (HuggingFaceTokenizer tokenizer = ModelFiles.encoderTokenizer(zh);
				OnnxTokenCounter counter = OnnxTokenCounter.load(zh)) {
			assertThat(tokenizer.encode("Hello World GDP增长").getTokens()).containsExactly("[CLS]", "hello", "world",
					"gdp", "增", "长", "[SEP]");
			assertThat(counter.count("Hello World GDP增长")).isEqualTo(5);
		}
	}

	@Test
	void emptyRequestNeedsNoModelRun() {
		try (OnnxTextEncoder encoder = OnnxTextEncoder.load(MODEL, SESSIONS, TextEncoderOptions.defaults())) {
			assertThat(encoder.embed(List.<String>of())).isEmpty();
		}
	}

	static List<String> randomTexts(Random random, int count) {
		String[] words = { "model", "vector", "index", "query", "patient", "revenue", "chunk", "token", "the", "a",
				"of", "is", "with", "retrieval", "answer", "citation", "page", "table" };
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			StringBuilder text = new StringBuilder();
			int length = 1 + random.nextInt(60);
			for (int w = 0; w < length; w++) {
				text.append(words[random.nextInt(words.length)]).append(' ');
			}
			texts.add(text.toString().strip());
		}
		return texts;
	}

}
