package io.cairn.core;

/**
 * The request conflicts with the stored state (a name taken, a document already there).
 */
public class ConflictException extends RuntimeException {

	public ConflictException(String message) {
		super(message);
	}

}
