package io.cairn.inference.moe.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.cairn.encoders.onnx.OnnxDevice;
import io.cairn.encoders.onnx.OnnxEnvironment;
import io.cairn.encoders.onnx.OnnxInferenceException;
import io.cairn.encoders.onnx.OnnxSession;
import io.cairn.encoders.onnx.OnnxSessionFactory;
import io.cairn.inference.moe.checkpoint.Checkpoint;
import io.cairn.inference.moe.checkpoint.ModelConfig;
import io.cairn.inference.moe.graph.DecoderGraphBuilder;
import org.jspecify.annotations.Nullable;

/**
 * The decoder graph of a checkpoint, open in ONNX Runtime. One {@link #step} runs a batch
 * of sequences, each with its own cache length and number of new tokens: caches are
 * packed into padded past tensors and the attention bias masks padding, future tokens
 * and, with a sliding window, keys that are too old. While the same sequences keep
 * decoding together, each step's present tensors are the next step's past as they are
 * ({@link ResidentBatch}), so the cache does not pass through Java every step.
 */
public final class DecoderSession implements AutoCloseable {

	private static final org.slf4j.Logger logger = org.slf4j.LoggerFactory.getLogger(DecoderSession.class);

	private static final float MASKED = -1.0e30f;

	private final ModelConfig config;

	private final OnnxSession session;

	private final Path workDirectory;

	private final int maxContext;

	private final int slidingWindow;

	private final boolean fusedOperators;

	private volatile int prefillChunk = 512;

	private final OrtEnvironment env = OnnxEnvironment.get();

	/**
	 * The last step's outputs, reused as the next step's past when the batch is
	 * unchanged.
	 */
	private @Nullable ResidentBatch resident;

	private DecoderSession(ModelConfig config, OnnxSession session, Path workDirectory, int maxContext,
			int slidingWindow, boolean fusedOperators) {
		this.fusedOperators = fusedOperators;
		this.config = config;
		this.session = session;
		this.workDirectory = workDirectory;
		this.maxContext = maxContext;
		this.slidingWindow = slidingWindow;
	}

	/**
	 * Builds the graph of a checkpoint and opens it.
	 * @param maxContext longest sequence (prompt plus generated tokens)
	 * @param slidingWindow attention window in tokens, 0 for the checkpoint's own (full
	 * attention when it has none)
	 */
	public static DecoderSession open(Checkpoint checkpoint, OnnxSessionFactory sessions, int maxContext,
			int slidingWindow) {
		return open(checkpoint, sessions, maxContext, slidingWindow, false);
	}

	/**
	 * Builds the graph of a checkpoint and opens it, with ONNX Runtime's fused operators
	 * when asked; if the device cannot run them the standard-operator graph is used and a
	 * warning says why.
	 */
	public static DecoderSession open(Checkpoint checkpoint, OnnxSessionFactory sessions, int maxContext,
			int slidingWindow, boolean fusedOperators) {
		if (fusedOperators) {
			try {
				return openGraph(checkpoint, sessions, maxContext, slidingWindow, true);
			}
			catch (OnnxInferenceException ex) {
				logger.warn("The fused-operator decoder graph does not load ({}); using standard operators",
						ex.getMessage());
			}
		}
		return openGraph(checkpoint, sessions, maxContext, slidingWindow, false);
	}

	private static DecoderSession openGraph(Checkpoint checkpoint, OnnxSessionFactory sessions, int maxContext,
			int slidingWindow, boolean fused) {
		Path work;
		try {
			work = Files.createTempDirectory("cairn-moe-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try {
			Path model = DecoderGraphBuilder.build(checkpoint, maxContext, work, fused);
			OnnxSession session = sessions.open(model);
			int window = (slidingWindow > 0) ? slidingWindow : checkpoint.config().slidingWindow();
			return new DecoderSession(checkpoint.config(), session, work, maxContext, window, fused);
		}
		catch (RuntimeException ex) {
			deleteTree(work);
			throw ex;
		}
	}

	public ModelConfig config() {
		return this.config;
	}

	/** The device the session runs on (CPU after a CUDA fallback). */
	public OnnxDevice device() {
		return this.session.device();
	}

	/** Whether the graph uses ONNX Runtime's fused operators. */
	public boolean fusedOperators() {
		return this.fusedOperators;
	}

	public int maxContext() {
		return this.maxContext;
	}

	/** An empty cache for a new sequence. */
	public KvCache newCache() {
		return new KvCache(this.config.layers(), this.config.kvHeads() * this.config.headDim());
	}

	/**
	 * Runs new tokens of several sequences through the model and appends their keys and
	 * values to the caches.
	 * @param tokens the new tokens of each sequence (at least one each)
	 * @param caches each sequence's cache, in the same order
	 * @return the logits after each sequence's last new token
	 * @throws ContextOverflowException when a sequence would outgrow the context
	 */
	public StepResult step(List<int[]> tokens, List<KvCache> caches) {
		int longest = tokens.stream().mapToInt((t) -> t.length).max().orElseThrow();
		if (longest <= this.prefillChunk) {
			return run(tokens, caches, false);
		}
		return ChunkedStep.run(tokens, caches, this.prefillChunk, this.config.vocabSize(),
				(part, partCaches) -> run(part, partCaches, false));
	}

	/**
	 * Sets how many tokens of a sequence one step takes at most; longer prompts are
	 * prefilled in several steps, which bounds the attention scores ({@code heads x chunk
	 * x context} floats) for long knowledge-base prompts.
	 */
	public void setPrefillChunk(int tokens) {
		if (tokens < 1) {
			throw new IllegalArgumentException("prefill chunk must be >= 1, was " + tokens);
		}
		this.prefillChunk = tokens;
	}

	/** Like {@link #step}, with the logits of every new token (for tests and scoring). */
	public StepResult stepAll(List<int[]> tokens, List<KvCache> caches) {
		return run(tokens, caches, true);
	}

	private synchronized StepResult run(List<int[]> tokens, List<KvCache> caches, boolean everyPosition) {
		int batch = tokens.size();
		int seq = tokens.stream().mapToInt((t) -> t.length).max().orElseThrow();
		int[] firstPositions = caches.stream().mapToInt(KvCache::nextPosition).toArray();
		for (int b = 0; b < batch; b++) {
			int end = firstPositions[b] + tokens.get(b).length;
			if (end > this.maxContext) {
				throw new ContextOverflowException("The sequence needs " + end + " positions but the context holds "
						+ this.maxContext + " (cairn.generator.moe.max-context)");
			}
		}
		ResidentBatch reused = (this.resident != null && this.resident.covers(caches)) ? this.resident : null;
		if (reused == null) {
			release();
		}
		SlotLayout layout = (reused != null) ? reused.layout()
				: SlotLayout.packed(caches, caches.stream().mapToInt(KvCache::length).max().orElse(0));
		int past = layout.slots();
		StepInputs inputs = new StepInputs(this.config, tokens, caches, seq, layout, this.slidingWindow, MASKED);
		int wanted = everyPosition ? seq : 1;
		long[] logitIndex = new long[batch * wanted];
		for (int b = 0; b < batch; b++) {
			for (int k = 0; k < wanted; k++) {
				int last = tokens.get(b).length - 1;
				logitIndex[b * wanted + k] = everyPosition ? Math.min(k, last) : last;
			}
		}
		Map<String, OnnxTensor> feed = new HashMap<>();
		try (OrtValues values = new OrtValues(this.env)) {
			feed.put(DecoderGraphBuilder.INPUT_IDS, values.longs(inputs.ids(), batch, seq));
			feed.put(DecoderGraphBuilder.POSITION_IDS, values.longs(inputs.positions(), batch, seq));
			if (this.config.moe() != null) {
				feed.put(DecoderGraphBuilder.TOKEN_VALID, values.longs(inputs.valid(), batch, seq));
			}
			feed.put(DecoderGraphBuilder.LOGIT_INDEX, values.longs(logitIndex, batch, wanted));
			feed.put(DecoderGraphBuilder.ATTN_BIAS, values.floats(inputs.bias(), batch, 1, 1, seq, past + seq));
			for (int l = 0; l < this.config.layers(); l++) {
				String key = DecoderGraphBuilder.pastKey(l);
				String value = DecoderGraphBuilder.pastValue(l);
				if (reused != null) {
					feed.put(key, reused.present(DecoderGraphBuilder.presentKey(l)));
					feed.put(value, reused.present(DecoderGraphBuilder.presentValue(l)));
				}
				else {
					long[] shape = { batch, this.config.kvHeads(), past, this.config.headDim() };
					feed.put(key, values.floats(inputs.pastKeys(l), shape));
					feed.put(value, values.floats(inputs.pastValues(l), shape));
				}
			}
			OrtSession.Result result = this.session.ort().run(feed);
			float[] logits = OrtValues.floats(result, DecoderGraphBuilder.LOGITS);
			long[] rows = OrtValues.longsOrEmpty(result, DecoderGraphBuilder.EXPERT_ROWS);
			inputs.commit();
			if (reused != null) {
				reused.close();
			}
			this.resident = new ResidentBatch(caches, result, layout.extended(tokens, firstPositions, seq),
					this.config.layers(), this.config.kvHeads(), this.config.headDim());
			int[] counts = tokens.stream().mapToInt((t) -> everyPosition ? t.length : 1).toArray();
			return new StepResult(logits, wanted, this.config.vocabSize(), counts, rows);
		}
		catch (OrtException ex) {
			throw new OnnxInferenceException("Decoder step failed: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Copies the keys and values the last step left in ONNX Runtime into the sequences'
	 * caches (needed before a cache is copied, e.g. as a cached prefix).
	 */
	public synchronized void release() {
		ResidentBatch last = this.resident;
		this.resident = null;
		if (last != null) {
			try {
				last.materialize(this.slidingWindow);
			}
			finally {
				last.close();
			}
		}
	}

	@Override
	public synchronized void close() {
		if (this.resident != null) {
			this.resident.close();
			this.resident = null;
		}
		this.session.close();
		deleteTree(this.workDirectory);
	}

	private static void deleteTree(Path directory) {
		try (Stream<Path> files = Files.walk(directory)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach((p) -> p.toFile().delete());
		}
		catch (IOException ex) {
			// a leftover temporary directory is harmless
		}
	}

}
