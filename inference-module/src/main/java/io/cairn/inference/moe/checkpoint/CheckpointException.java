package io.cairn.inference.moe.checkpoint;

/**
 * A checkpoint directory cannot be used: a file is missing or truncated, a tensor's shape
 * disagrees with config.json, the architecture is not supported. The message names what
 * is wrong.
 */
public class CheckpointException extends RuntimeException {

	public CheckpointException(String message) {
		super(message);
	}

	public CheckpointException(String message, Throwable cause) {
		super(message, cause);
	}

}
