package io.cairn.inference.moe.decode;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import io.cairn.inference.moe.checkpoint.TokenPieces;
import io.cairn.inference.moe.runtime.KvCache;
import org.jspecify.annotations.Nullable;

/** One request in flight: its cache, what it generated so far, and how it ends. */
final class Sequence {

	final int[] prompt;

	final SamplingParams params;

	final CompletableFuture<GenerationResult> result = new CompletableFuture<>();

	private final Consumer<String> onText;

	private final Sampler sampler;

	private final TextStream text;

	private final @Nullable TokenConstraint constraint;

	private final List<Integer> history = new ArrayList<>();

	private final List<Integer> generated = new ArrayList<>();

	@Nullable KvCache cache;

	int lastToken = -1;

	Sequence(int[] prompt, SamplingParams params, Consumer<String> onText, @Nullable TokenConstraint constraint,
			boolean dropLeadingSpace) {
		this.prompt = prompt;
		this.params = params;
		this.onText = onText;
		this.sampler = new Sampler(params);
		this.text = new TextStream(params.stop(), dropLeadingSpace);
		this.constraint = constraint;
		for (int token : prompt) {
			this.history.add(token);
		}
	}

	boolean finished() {
		return this.result.isDone();
	}

	/**
	 * Chooses the next token from the logits after the last one.
	 * @return whether the sequence goes on (its {@link #lastToken} needs a step)
	 */
	boolean advance(float[] logits, TokenPieces pieces, Set<Integer> endTokens, int maxContext) {
		if (this.constraint != null && this.constraint.complete()) {
			return finish("stop");
		}
		BitSet allowed = null;
		if (this.constraint != null) {
			allowed = this.constraint.allowed(this.params.maxTokens() - this.generated.size());
			if (allowed.isEmpty()) {
				// only an end token could follow, and the vocabulary has none
				return finish("stop");
			}
		}
		int token = this.sampler.next(logits, this.history, allowed);
		if (endTokens.contains(token) && this.constraint == null) {
			return finish("stop");
		}
		this.history.add(token);
		this.generated.add(token);
		if (this.constraint != null) {
			this.constraint.accept(token);
		}
		emit(this.text.add(pieces.bytes(token)));
		if (this.text.stopped() || (this.constraint != null && this.constraint.complete())) {
			return finish("stop");
		}
		if (this.generated.size() >= this.params.maxTokens() || this.cache.nextPosition() >= maxContext) {
			return finish("length");
		}
		this.lastToken = token;
		return true;
	}

	private boolean finish(String reason) {
		emit(this.text.finish());
		this.result
			.complete(new GenerationResult(this.text.text(), List.copyOf(this.generated), this.prompt.length, reason));
		return false;
	}

	void fail(Throwable failure) {
		this.result.completeExceptionally(failure);
	}

	private void emit(String delta) {
		if (!delta.isEmpty()) {
			try {
				this.onText.accept(delta);
			}
			catch (RuntimeException ex) {
				// a failing listener (a cancelled stream) must not stop the batch
				fail(ex);
			}
		}
	}

}
