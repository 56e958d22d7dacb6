package io.cairn.encoders.text;

/**
 * Execution settings of an {@link OnnxTextEncoder}.
 *
 * @param batchSize texts per batch (texts of a request are sorted by length and cut into
 * batches)
 * @param concurrency batches run at the same time; ONNX Runtime already spreads one batch
 * over its intra-op threads, so 1 is usually best on a CPU
 * @param execution how a batch is fed to ONNX Runtime
 */
public record TextEncoderOptions(int batchSize, int concurrency, BatchExecution execution) {

	/** Default texts per batch. */
	public static final int DEFAULT_BATCH_SIZE = 32;

	public TextEncoderOptions {
		if (batchSize < 1) {
			throw new IllegalArgumentException("batchSize must be >= 1, was " + batchSize);
		}
		if (concurrency < 1) {
			throw new IllegalArgumentException("concurrency must be >= 1, was " + concurrency);
		}
	}

	/** Batches of 32, one at a time, {@link BatchExecution#AUTO}. */
	public static TextEncoderOptions defaults() {
		return new TextEncoderOptions(DEFAULT_BATCH_SIZE, 1, BatchExecution.AUTO);
	}

	/** A copy with another batch size. */
	public TextEncoderOptions withBatchSize(int size) {
		return new TextEncoderOptions(size, this.concurrency, this.execution);
	}

	/** A copy with another concurrency. */
	public TextEncoderOptions withConcurrency(int batches) {
		return new TextEncoderOptions(this.batchSize, batches, this.execution);
	}

	/** A copy with another batch execution. */
	public TextEncoderOptions withExecution(BatchExecution mode) {
		return new TextEncoderOptions(this.batchSize, this.concurrency, mode);
	}

}
