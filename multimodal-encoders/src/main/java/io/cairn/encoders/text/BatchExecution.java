package io.cairn.encoders.text;

/** How the texts of one batch are fed to ONNX Runtime. */
public enum BatchExecution {

	/**
	 * {@link #PER_SEQUENCE} for dynamically quantized (int8) models, whose results
	 * otherwise depend on the other texts of the batch; {@link #PADDED} for the others.
	 */
	AUTO,

	/**
	 * One run per batch on a tensor padded to the longest text of the batch. Fastest on
	 * GPUs. With dynamically quantized models an embedding then depends slightly on its
	 * batch neighbours (measured on bge-small-en-v1.5-q: cosine 0.993 to 0.998 against
	 * the text run alone).
	 */
	PADDED,

	/**
	 * One run per text, without padding: every embedding equals the one of the text run
	 * alone, and no compute is spent on padding. On CPUs about as fast as padded batches
	 * of length-sorted texts.
	 */
	PER_SEQUENCE;

}
