package io.cairn.inference.moe;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

import io.cairn.encoders.onnx.OnnxDevice;
import io.cairn.encoders.onnx.OnnxSessionFactory;
import io.cairn.encoders.onnx.OnnxSettings;
import io.cairn.inference.moe.checkpoint.Checkpoint;
import io.cairn.inference.moe.decode.DecodeEngine;
import io.cairn.inference.moe.decode.GenerationResult;
import io.cairn.inference.moe.decode.SamplingParams;
import io.cairn.inference.moe.json.JsonConstraints;
import io.cairn.inference.moe.runtime.DecoderSession;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.metadata.ChatGenerationMetadata;
import org.springframework.ai.chat.metadata.ChatResponseMetadata;
import org.springframework.ai.chat.metadata.DefaultUsage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.chat.prompt.ChatOptions;
import org.springframework.ai.chat.prompt.Prompt;
import reactor.core.publisher.Flux;

/**
 * Cairn's own generator as a Spring AI {@link ChatModel}: a Mixture-of-Experts (or dense)
 * decoder checkpoint run by ONNX Runtime, with streaming, continuous batching of
 * concurrent calls, a prefix cache for a static system context and
 * JSON-Schema-constrained answers ({@link MoeChatOptions#getJsonSchema()}).
 */
public final class MoeChatModel implements ChatModel, AutoCloseable {

	private final MoeSettings settings;

	private final Checkpoint checkpoint;

	private final DecodeEngine engine;

	private final PromptFormat format;

	private MoeChatModel(MoeSettings settings, Checkpoint checkpoint, DecodeEngine engine, PromptFormat format) {
		this.settings = settings;
		this.checkpoint = checkpoint;
		this.engine = engine;
		this.format = format;
	}

	/**
	 * Loads a checkpoint directory, builds its ONNX graph and starts the scheduler.
	 * @throws io.cairn.inference.moe.checkpoint.CheckpointException when the directory
	 * cannot be used (the message names what is wrong)
	 * @throws io.cairn.encoders.onnx.CudaUnavailableException when CUDA is required
	 * (strict) but unavailable
	 */
	public static MoeChatModel load(MoeSettings settings) {
		OnnxSessionFactory sessions = new OnnxSessionFactory(
				new OnnxSettings(settings.device(), 0, settings.threads(), settings.strict()));
		Checkpoint checkpoint = Checkpoint.open(settings.modelDirectory(), settings.loraAdapter());
		try {
			DecoderSession session = DecoderSession.open(checkpoint, sessions, settings.maxContext(),
					settings.slidingWindow(), settings.fusedOperators());
			PromptFormat format = new PromptFormat(checkpoint.tokenizer());
			Set<Integer> endTokens = new HashSet<>(checkpoint.config().eosTokenIds());
			endTokens.addAll(format.endTokens());
			checkpoint.tokenizer().addedToken("<|endoftext|>").ifPresent(endTokens::add);
			DecodeEngine engine = new DecodeEngine(session, checkpoint.tokenizer().pieces(), endTokens,
					settings.maxBatch(), new JsonConstraints(checkpoint.tokenizer().pieces(), endTokens));
			return new MoeChatModel(settings, checkpoint, engine, format);
		}
		catch (RuntimeException ex) {
			checkpoint.close();
			throw ex;
		}
	}

	@Override
	public ChatResponse call(Prompt prompt) {
		CompletableFuture<GenerationResult> result = submit(prompt, (delta) -> {
		});
		try {
			return response(result.join().text(), result.join());
		}
		catch (CompletionException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime : ex;
		}
	}

	@Override
	public Flux<ChatResponse> stream(Prompt prompt) {
		return Flux.create((sink) -> {
			CompletableFuture<GenerationResult> result = submit(prompt, (delta) -> {
				if (sink.isCancelled()) {
					throw new IllegalStateException("stream cancelled");
				}
				sink.next(new ChatResponse(List.of(new Generation(new AssistantMessage(delta)))));
			});
			result.whenComplete((done, failure) -> {
				if (failure != null) {
					sink.error((failure instanceof CompletionException) ? failure.getCause() : failure);
				}
				else {
					sink.next(response("", done));
					sink.complete();
				}
			});
		});
	}

	/**
	 * Generates from raw prompt text, without a chat layout.
	 * @param onText receives text deltas as they are decoded
	 */
	public CompletableFuture<GenerationResult> generate(String prompt, SamplingParams params, Consumer<String> onText) {
		return this.engine.submit(this.checkpoint.tokenizer().encode(prompt, true), params, onText);
	}

	/**
	 * Computes the keys and values of a static system message (a knowledge-base context)
	 * once; later prompts that start with it as their first system message skip its
	 * prefill.
	 */
	public void cacheSystemPrompt(String system) {
		this.engine.cachePrefix(this.format.render(List.of(new SystemMessage(system))).prefix());
	}

	/** The device the model runs on (CPU after a CUDA fallback). */
	public OnnxDevice device() {
		return this.engine.session().device();
	}

	/** The engine, for metrics and direct use. */
	public DecodeEngine engine() {
		return this.engine;
	}

	@Override
	public ChatOptions getDefaultOptions() {
		return MoeChatOptions.builder().maxTokens(this.settings.defaultMaxTokens()).temperature(0.0).build();
	}

	private CompletableFuture<GenerationResult> submit(Prompt prompt, Consumer<String> onText) {
		List<Message> messages = prompt.getInstructions();
		int[] tokens = this.format.render(messages).all();
		return this.engine.submit(tokens, params(prompt.getOptions()), onText);
	}

	SamplingParams params(ChatOptions options) {
		SamplingParams params = SamplingParams.greedy(this.settings.defaultMaxTokens());
		if (options == null) {
			return params;
		}
		if (options.getMaxTokens() != null) {
			params = new SamplingParams(options.getMaxTokens(), 0, 0, 1, 1, List.of(), 0, null);
		}
		long seed = 0;
		double repetition = 1.0;
		String schema = null;
		if (options instanceof MoeChatOptions moe) {
			seed = (moe.getSeed() != null) ? moe.getSeed() : 0;
			repetition = (moe.getRepetitionPenalty() != null) ? moe.getRepetitionPenalty() : 1.0;
			schema = moe.getJsonSchema();
		}
		double temperature = (options.getTemperature() != null) ? options.getTemperature() : 0.0;
		int topK = (options.getTopK() != null) ? options.getTopK() : 0;
		double topP = (options.getTopP() != null) ? options.getTopP() : 1.0;
		List<String> stop = (options.getStopSequences() != null) ? options.getStopSequences() : List.of();
		return params.withSampling(temperature, topK, topP, seed)
			.withRepetitionPenalty(repetition)
			.withStop(stop)
			.withJsonSchema(schema);
	}

	private ChatResponse response(String text, GenerationResult result) {
		ChatGenerationMetadata metadata = ChatGenerationMetadata.builder()
			.finishReason(result.finishReason().toUpperCase(java.util.Locale.ROOT))
			.build();
		ChatResponseMetadata responseMetadata = ChatResponseMetadata.builder()
			.model(this.checkpoint.config().modelType())
			.usage(new DefaultUsage(result.promptTokens(), result.tokens().size()))
			.build();
		return new ChatResponse(List.of(new Generation(new AssistantMessage(text), metadata)), responseMetadata);
	}

	@Override
	public void close() {
		this.engine.close();
		this.engine.session().close();
		this.checkpoint.close();
	}

}
