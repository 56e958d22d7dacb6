package io.cairn.encoders.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tokenizes a request, sorts it by length, cuts it into batches, runs them on a
 * fixed-size pool and puts the vectors back in request order.
 */
final class TextBatches implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(TextBatches.class);

	private final String modelName;

	private final HuggingFaceTokenizer tokenizer;

	private final BertForward forward;

	private final int batchSize;

	private final boolean perSequence;

	private final ExecutorService executor;

	TextBatches(String modelName, HuggingFaceTokenizer tokenizer, BertForward forward, int batchSize, int concurrency,
			boolean perSequence) {
		this.modelName = modelName;
		this.tokenizer = tokenizer;
		this.forward = forward;
		this.batchSize = batchSize;
		this.perSequence = perSequence;
		AtomicInteger counter = new AtomicInteger();
		this.executor = new ThreadPoolExecutor(concurrency, concurrency, 0L, TimeUnit.MILLISECONDS,
				new LinkedBlockingQueue<>(), (runnable) -> {
					Thread thread = new Thread(runnable,
							"cairn-encoder-" + modelName + "-" + counter.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
	}

	/**
	 * Embeds texts, each prefixed with {@code prefix}.
	 * @return unit vectors in the order of {@code texts}, and the number of tokens
	 * encoded
	 */
	Encoded encode(List<String> texts, String prefix) {
		int count = texts.size();
		if (count == 0) {
			return new Encoded(new float[0][], 0);
		}
		long[][] ids = tokenize(texts, prefix);
		int tokens = 0;
		for (long[] sequence : ids) {
			tokens += sequence.length;
		}
		// longest first, so that texts of similar length share a batch and padding is
		// minimal
		Integer[] order = new Integer[count];
		Arrays.setAll(order, (i) -> i);
		Arrays.sort(order, Comparator.comparingInt((Integer i) -> ids[i].length).reversed());
		float[][] vectors = new float[count][];
		List<Future<?>> batches = new ArrayList<>();
		for (int start = 0; start < count; start += this.batchSize) {
			Integer[] batch = Arrays.copyOfRange(order, start, Math.min(count, start + this.batchSize));
			batches.add(this.executor.submit(() -> runBatch(batch, ids, vectors)));
		}
		awaitAll(batches);
		return new Encoded(vectors, tokens);
	}

	@Override
	public void close() {
		this.executor.shutdownNow();
	}

	private long[][] tokenize(List<String> texts, String prefix) {
		String[] inputs = new String[texts.size()];
		for (int i = 0; i < inputs.length; i++) {
			String text = texts.get(i);
			if (text == null) {
				throw new IllegalArgumentException("Text " + i + " is null");
			}
			inputs[i] = prefix.isEmpty() ? text : prefix + text;
		}
		Encoding[] encodings = this.tokenizer.batchEncode(inputs);
		long[][] ids = new long[encodings.length][];
		int truncated = 0;
		for (int i = 0; i < encodings.length; i++) {
			ids[i] = encodings[i].getIds();
			if (encodings[i].exceedMaxLength()) {
				truncated++;
			}
		}
		if (truncated > 0) {
			logger.debug("{} of {} texts truncated to the maximum sequence length of {}", truncated, inputs.length,
					this.modelName);
		}
		return ids;
	}

	private void runBatch(Integer[] batch, long[][] ids, float[][] vectors) {
		if (this.perSequence) {
			for (int index : batch) {
				vectors[index] = this.forward.embed(new long[][] { ids[index] })[0];
			}
			return;
		}
		long[][] sequences = new long[batch.length][];
		for (int i = 0; i < batch.length; i++) {
			sequences[i] = ids[batch[i]];
		}
		float[][] embedded = this.forward.embed(sequences);
		for (int i = 0; i < batch.length; i++) {
			vectors[batch[i]] = embedded[i];
		}
	}

	private static void awaitAll(List<Future<?>> batches) {
		try {
			for (Future<?> batch : batches) {
				batch.get();
			}
		}
		catch (InterruptedException ex) {
			batches.forEach((batch) -> batch.cancel(true));
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while encoding", ex);
		}
		catch (ExecutionException ex) {
			batches.forEach((batch) -> batch.cancel(true));
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException("Encoding failed", ex.getCause());
		}
	}

	/**
	 * Vectors in request order and the number of tokens (special tokens included)
	 * encoded.
	 */
	record Encoded(float[][] vectors, int tokens) {
	}

}
