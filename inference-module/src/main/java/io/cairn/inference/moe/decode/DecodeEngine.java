package io.cairn.inference.moe.decode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

import io.cairn.inference.moe.checkpoint.TokenPieces;
import io.cairn.inference.moe.runtime.ContextOverflowException;
import io.cairn.inference.moe.runtime.DecoderSession;
import io.cairn.inference.moe.runtime.KvCache;
import io.cairn.inference.moe.runtime.StepResult;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generates for concurrent requests with continuous batching: one scheduler thread admits
 * waiting requests between steps (their prompts prefilled together, starting from a
 * cached prefix where one matches), runs one decode step for every active sequence at
 * once, and retires sequences as they finish, so a new request never waits for a whole
 * batch to end.
 */
public final class DecodeEngine implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(DecodeEngine.class);

	private final DecoderSession session;

	private final TokenPieces pieces;

	private final Set<Integer> endTokens;

	private final int maxBatch;

	private final Function<String, TokenConstraint> constraints;

	private final PrefixCache prefixes = new PrefixCache();

	private final BlockingQueue<Sequence> waiting = new LinkedBlockingQueue<>();

	private final Thread scheduler;

	private final AtomicLong steps = new AtomicLong();

	private final AtomicLong prefixHits = new AtomicLong();

	private volatile int largestBatch;

	private volatile boolean closed;

	/**
	 * @param session the decoder
	 * @param pieces the bytes of each token
	 * @param endTokens tokens that end a generation
	 * @param maxBatch most sequences decoded together
	 * @param constraints makes a token constraint from a JSON Schema
	 */
	public DecodeEngine(DecoderSession session, TokenPieces pieces, Set<Integer> endTokens, int maxBatch,
			Function<String, TokenConstraint> constraints) {
		this.session = session;
		this.pieces = pieces;
		this.endTokens = Set.copyOf(endTokens);
		this.maxBatch = maxBatch;
		this.constraints = constraints;
		this.scheduler = Thread.ofPlatform().daemon().name("cairn-moe-scheduler").unstarted(this::run);
		this.scheduler.start();
	}

	/**
	 * Queues a request.
	 * @param prompt the prompt's token ids
	 * @param onText receives text deltas as they are decoded, on the scheduler thread
	 * @return completes with the whole generation
	 * @throws ContextOverflowException when the prompt leaves no room to generate
	 * @throws io.cairn.inference.moe.json.UnsupportedSchemaException for a schema the
	 * constrained decoder cannot enforce
	 */
	public CompletableFuture<GenerationResult> submit(int[] prompt, SamplingParams params, Consumer<String> onText) {
		if (prompt.length == 0) {
			throw new IllegalArgumentException("The prompt is empty");
		}
		if (prompt.length >= this.session.maxContext()) {
			throw new ContextOverflowException(
					"The prompt has " + prompt.length + " tokens, which leaves no room to answer in a context of "
							+ this.session.maxContext() + " tokens (cairn.generator.moe.max-context)");
		}
		if (this.closed) {
			throw new IllegalStateException("The MoE engine is closed");
		}
		TokenConstraint constraint = (params.jsonSchema() != null) ? this.constraints.apply(params.jsonSchema()) : null;
		Sequence sequence = new Sequence(prompt, params, onText, constraint,
				constraint == null && this.pieces.leadingSpaceDropped());
		this.waiting.add(sequence);
		return sequence.result;
	}

	/**
	 * Computes and keeps the keys and values of a static prefix (for example a
	 * knowledge-base context), so that requests that start with it skip its prefill.
	 */
	public void cachePrefix(int[] tokens) {
		if (tokens.length == 0 || this.prefixes.contains(tokens)) {
			return;
		}
		KvCache cache = this.session.newCache();
		StepResult result = this.session.step(List.of(tokens), List.of(cache));
		// the prefix is copied by later requests: its keys must be in its own arrays
		this.session.release();
		this.prefixes.put(tokens, cache, result.lastLogits(0));
	}

	/** Decoder steps run so far. */
	public long steps() {
		return this.steps.get();
	}

	/** Requests that started from a cached prefix. */
	public long prefixHits() {
		return this.prefixHits.get();
	}

	/** The most sequences one step has run. */
	public int largestBatch() {
		return this.largestBatch;
	}

	private void run() {
		List<Sequence> active = new ArrayList<>();
		while (!this.closed) {
			try {
				admit(active);
				if (!active.isEmpty()) {
					decode(active);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			catch (RuntimeException ex) {
				logger.warn("MoE decoding step failed: {}", ex.toString());
				active.forEach((s) -> s.fail(ex));
				active.clear();
			}
		}
		active.forEach((s) -> s.fail(new IllegalStateException("The MoE engine was closed")));
		this.waiting.forEach((s) -> s.fail(new IllegalStateException("The MoE engine was closed")));
	}

	private void admit(List<Sequence> active) throws InterruptedException {
		List<Sequence> admitted = new ArrayList<>();
		if (active.isEmpty()) {
			Sequence first = this.waiting.poll(100, TimeUnit.MILLISECONDS);
			if (first == null) {
				return;
			}
			admitted.add(first);
		}
		while (active.size() + admitted.size() < this.maxBatch) {
			Sequence next = this.waiting.poll();
			if (next == null) {
				break;
			}
			admitted.add(next);
		}
		if (!admitted.isEmpty()) {
			prefill(admitted, active);
		}
	}

	private void prefill(List<Sequence> admitted, List<Sequence> active) {
		List<Sequence> toRun = new ArrayList<>();
		List<int[]> runs = new ArrayList<>();
		for (Sequence s : admitted) {
			PrefixCache.Entry prefix = this.prefixes.longestPrefixOf(s.prompt);
			s.cache = (prefix != null) ? prefix.cache().copy() : this.session.newCache();
			if (prefix != null) {
				this.prefixHits.incrementAndGet();
			}
			if (prefix != null && prefix.tokens().length == s.prompt.length) {
				continueWith(s, prefix.lastLogits().clone(), active);
			}
			else {
				int from = (prefix != null) ? prefix.tokens().length : 0;
				toRun.add(s);
				runs.add(java.util.Arrays.copyOfRange(s.prompt, from, s.prompt.length));
			}
		}
		if (toRun.isEmpty()) {
			return;
		}
		try {
			StepResult result = this.session.step(runs, toRun.stream().map((s) -> s.cache).toList());
			count(toRun.size());
			for (int i = 0; i < toRun.size(); i++) {
				continueWith(toRun.get(i), result.lastLogits(i), active);
			}
		}
		catch (RuntimeException ex) {
			toRun.forEach((s) -> s.fail(ex));
		}
	}

	private void continueWith(Sequence s, float[] logits, List<Sequence> active) {
		if (s.advance(logits, this.pieces, this.endTokens, this.session.maxContext())) {
			active.add(s);
		}
	}

	private void decode(List<Sequence> active) {
		List<int[]> tokens = active.stream().map((s) -> new int[] { s.lastToken }).toList();
		StepResult result = this.session.step(tokens, active.stream().map((s) -> s.cache).toList());
		count(active.size());
		List<Sequence> still = new ArrayList<>();
		for (int i = 0; i < active.size(); i++) {
			Sequence s = active.get(i);
			if (!s.finished()
					&& s.advance(result.lastLogits(i), this.pieces, this.endTokens, this.session.maxContext())) {
				still.add(s);
			}
		}
		active.clear();
		active.addAll(still);
	}

	private void count(int batch) {
		this.steps.incrementAndGet();
		this.largestBatch = Math.max(this.largestBatch, batch);
	}

	/** The decoder this engine drives. */
	public DecoderSession session() {
		return this.session;
	}

	@Override
	public void close() {
		this.closed = true;
		this.scheduler.interrupt();
		try {
			this.scheduler.join(5000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
