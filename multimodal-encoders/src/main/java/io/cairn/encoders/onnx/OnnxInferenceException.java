package io.cairn.encoders.onnx;

/** ONNX Runtime failed to load or run a model. */
public class OnnxInferenceException extends RuntimeException {

	public OnnxInferenceException(String message, Throwable cause) {
		super(message, cause);
	}

}
