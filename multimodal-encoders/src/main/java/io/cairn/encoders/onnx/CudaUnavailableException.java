package io.cairn.encoders.onnx;

import org.jspecify.annotations.Nullable;

/**
 * Thrown in strict mode when the CUDA execution provider was requested but cannot be
 * used.
 */
public class CudaUnavailableException extends IllegalStateException {

	public CudaUnavailableException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}
