package io.cairn.core;

/** The caller's input is invalid; the message says what is wrong and how to fix it. */
public class InvalidRequestException extends RuntimeException {

	public InvalidRequestException(String message) {
		super(message);
	}

}
