package io.cairn.inference.moe.json;

/**
 * A JSON Schema uses something constrained decoding cannot guarantee; the message names
 * the keyword and where it is.
 */
public class UnsupportedSchemaException extends IllegalArgumentException {

	public UnsupportedSchemaException(String message) {
		super(message);
	}

}
