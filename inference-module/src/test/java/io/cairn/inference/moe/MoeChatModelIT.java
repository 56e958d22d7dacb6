package io.cairn.inference.moe;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;

import io.cairn.encoders.onnx.CudaUnavailableException;
import io.cairn.encoders.onnx.OnnxDevice;
import io.cairn.inference.moe.decode.GenerationResult;
import io.cairn.inference.moe.decode.SamplingParams;
import io.cairn.inference.moe.json.UnsupportedSchemaException;
import io.cairn.inference.moe.runtime.ContextOverflowException;
import io.cairn.inference.moe.testing.TinyCheckpoint;
import io.cairn.inference.moe.testing.TinySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.prompt.Prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The chat model over a generated MoE checkpoint: batching and prefix caching change no
 * token, streaming yields the text of a call, stop strings and budgets end answers,
 * schema-constrained answers validate, and bad requests fail clearly.
 */
class MoeChatModelIT {

	private static final Logger logger = LoggerFactory.getLogger(MoeChatModelIT.class);

	@TempDir
	static Path dir;

	private static MoeChatModel model;

	@BeforeAll
	static void load() throws Exception {
		TinyCheckpoint.write(TinySpec.qwen2Moe(), dir.resolve("model"));
		model = MoeChatModel.load(MoeSettings.of(dir.resolve("model")).withContext(256, 0).withBatching(1, 8));
	}

	@AfterAll
	static void close() {
		model.close();
	}

	private static List<Integer> alone(String prompt, SamplingParams params) {
		return model.generate(prompt, params, (d) -> {
		}).join().tokens();
	}

	@Test
	void concurrentRequestsAreBatchedAndGiveTheTokensOfSingleRequests() {
		List<String> prompts = List.of("the cat", "in the", "hello there", "a", "tr in er", "{\"id\":", "the the",
				"what is");
		SamplingParams params = SamplingParams.greedy(20);
		List<List<Integer>> single = prompts.stream().map((p) -> alone(p, params)).toList();
		List<CompletableFuture<GenerationResult>> batched = new ArrayList<>();
		for (String p : prompts) {
			batched.add(model.generate(p, params, (d) -> {
			}));
		}
		for (int i = 0; i < prompts.size(); i++) {
			assertThat(batched.get(i).join().tokens()).as(prompts.get(i)).isEqualTo(single.get(i));
		}
		assertThat(model.engine().largestBatch()).isGreaterThan(1);
	}

	@Test
	void aCachedSystemPromptGivesTheSameAnswer() {
		String knowledge = "the cat sat on the mat in the house where the cat is the boss";
		Prompt prompt = new Prompt(List.of(new SystemMessage(knowledge), new UserMessage("where is the cat")),
				MoeChatOptions.builder().maxTokens(16).build());
		String uncached = model.call(prompt).getResult().getOutput().getText();
		long hits = model.engine().prefixHits();
		model.cacheSystemPrompt(knowledge);
		String cached = model.call(prompt).getResult().getOutput().getText();
		assertThat(model.engine().prefixHits()).isEqualTo(hits + 1);
		assertThat(cached).isEqualTo(uncached);
	}

	@Test
	void streamingYieldsTheTextOfACall() {
		Prompt prompt = new Prompt("in the", MoeChatOptions.builder().maxTokens(24).build());
		ChatResponse whole = model.call(prompt);
		List<ChatResponse> chunks = model.stream(prompt).collectList().block();
		String streamed = String.join("", chunks.stream().map((c) -> c.getResult().getOutput().getText()).toList());
		assertThat(streamed).isEqualTo(whole.getResult().getOutput().getText());
		assertThat(chunks).hasSizeGreaterThan(2);
		assertThat(chunks.getLast().getResult().getMetadata().getFinishReason()).isEqualTo("LENGTH");
		assertThat(whole.getMetadata().getUsage().getCompletionTokens()).isEqualTo(24);
	}

	@Test
	void aStopStringEndsTheAnswerBeforeIt() {
		SamplingParams params = SamplingParams.greedy(30);
		String full = model.generate("hello", params, (d) -> {
		}).join().text();
		String stop = full.substring(full.length() / 2, full.length() / 2 + 2);
		GenerationResult stopped = model.generate("hello", params.withStop(List.of(stop)), (d) -> {
		}).join();
		assertThat(stopped.text()).isEqualTo(full.substring(0, full.indexOf(stop)));
		assertThat(stopped.finishReason()).isEqualTo("stop");
	}

	@Test
	void samplingIsReproducibleWithASeed() {
		SamplingParams params = SamplingParams.greedy(20).withSampling(1.2, 40, 0.9, 42).withRepetitionPenalty(1.3);
		assertThat(alone("the", params)).isEqualTo(alone("the", params));
		assertThat(alone("the", params)).isNotEqualTo(alone("the", params.withSampling(1.2, 40, 0.9, 43)));
	}

	@Test
	void schemaConstrainedAnswersAlwaysValidate() throws Exception {
		long seed = System.nanoTime();
		logger.info("constrained chat seed {}", seed);
		Random random = new Random(seed);
		for (int i = 0; i < 12; i++) {
			String schema = io.cairn.inference.moe.json.RandomSchemasAccess.schema(random);
			Prompt prompt = new Prompt("fill the form",
					MoeChatOptions.builder()
						.maxTokens(40 + random.nextInt(80))
						.temperature(1.0)
						.seed(random.nextLong())
						.jsonSchema(schema)
						.build());
			String answer = model.call(prompt).getResult().getOutput().getText();
			assertThat(io.cairn.inference.moe.json.IndependentValidator.errors(schema, answer))
				.as("%s for %s", answer, schema)
				.isEmpty();
		}
	}

	@Test
	void badRequestsFailClearly() {
		assertThatThrownBy(() -> model.generate("the ".repeat(300), SamplingParams.greedy(4), (d) -> {
		})).isInstanceOf(ContextOverflowException.class).hasMessageContaining("context of 256");
		assertThatThrownBy(() -> model.call(new Prompt("x",
				MoeChatOptions.builder().jsonSchema("{\"type\":\"string\",\"format\":\"email\"}").build())))
			.isInstanceOf(UnsupportedSchemaException.class)
			.hasMessageContaining("'format'");
	}

	@Test
	void cudaWithoutAGpuFallsBackOrFailsAsConfigured() {
		MoeSettings settings = MoeSettings.of(dir.resolve("model")).withContext(64, 0).withBatching(1, 2);
		assertThatThrownBy(() -> MoeChatModel.load(settings.withDevice(OnnxDevice.CUDA, true)))
			.isInstanceOf(CudaUnavailableException.class)
			.hasMessageContaining("CUDA");
		try (MoeChatModel fallback = MoeChatModel.load(settings.withDevice(OnnxDevice.CUDA, false))) {
			assertThat(fallback.device()).isEqualTo(OnnxDevice.CPU);
			assertThat(fallback.call("the")).isNotNull();
		}
	}

}
