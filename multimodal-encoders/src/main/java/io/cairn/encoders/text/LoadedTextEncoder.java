package io.cairn.encoders.text;

/**
 * A loaded text encoder and the token counter that uses its tokenizer.
 *
 * @param encoder the encoder (documents as they are;
 * {@link OnnxTextEncoder#queryEncoder()} for queries)
 * @param tokenCounter counts tokens as the encoder sees them
 */
public record LoadedTextEncoder(OnnxTextEncoder encoder, OnnxTokenCounter tokenCounter) implements AutoCloseable {

	/** The model both use. */
	public TextEncoderModel model() {
		return this.encoder.model();
	}

	@Override
	public void close() {
		try {
			this.encoder.close();
		}
		finally {
			this.tokenCounter.close();
		}
	}

}
