package io.cairn.encoders.text;

import java.util.concurrent.locks.ReentrantReadWriteLock;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import io.cairn.core.chunking.TokenCounter;

/**
 * Counts tokens with the {@code tokenizer.json} of a text encoder, so that chunks are
 * sized the way the encoder will see them. Runs the tokenizer only: no padding, no
 * truncation, no ONNX Runtime. Thread-safe; {@link #close()} releases the native
 * tokenizer.
 */
public final class OnnxTokenCounter implements TokenCounter, AutoCloseable {

	private final TextEncoderModel model;

	private final HuggingFaceTokenizer tokenizer;

	private final int maxTokens;

	private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

	private boolean closed;

	private OnnxTokenCounter(TextEncoderModel model, HuggingFaceTokenizer tokenizer, int specialTokens) {
		this.model = model;
		this.tokenizer = tokenizer;
		this.maxTokens = model.maxSequenceLength() - specialTokens;
	}

	/**
	 * Loads the tokenizer of a model.
	 * @param model the model
	 * @return the counter; the caller closes it
	 */
	public static OnnxTokenCounter load(TextEncoderModel model) {
		HuggingFaceTokenizer counting = ModelFiles.countingTokenizer(model);
		try (HuggingFaceTokenizer encoding = ModelFiles.encoderTokenizer(model)) {
			// the special tokens the encoder adds around one sequence ([CLS] and [SEP]
			// for BERT)
			int specialTokens = encoding.encode("").getIds().length;
			return new OnnxTokenCounter(model, counting, specialTokens);
		}
		catch (RuntimeException ex) {
			counting.close();
			throw ex;
		}
	}

	/** Number of tokens of {@code text} without special tokens; not truncated. */
	@Override
	public int count(String text) {
		this.lock.readLock().lock();
		try {
			if (this.closed) {
				throw new IllegalStateException("Token counter of " + this.model.name() + " is closed");
			}
			return this.tokenizer.encode(text, false, false).getIds().length;
		}
		finally {
			this.lock.readLock().unlock();
		}
	}

	/**
	 * The maximum sequence length less the special tokens: 510 for BERT-style models of
	 * 512.
	 */
	@Override
	public int maxTokens() {
		return this.maxTokens;
	}

	/** The model whose tokenizer this counter uses. */
	public TextEncoderModel model() {
		return this.model;
	}

	@Override
	public void close() {
		this.lock.writeLock().lock();
		try {
			if (!this.closed) {
				this.closed = true;
				this.tokenizer.close();
			}
		}
		finally {
			this.lock.writeLock().unlock();
		}
	}

	@Override
	public String toString() {
		return "OnnxTokenCounter[" + this.model.name() + ", max " + this.maxTokens + "]";
	}

}
