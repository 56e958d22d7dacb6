package io.cairn.inference.moe.runtime;

/** A prompt or generation does not fit the configured context length. */
public class ContextOverflowException extends IllegalArgumentException {

	public ContextOverflowException(String message) {
		super(message);
	}

}
