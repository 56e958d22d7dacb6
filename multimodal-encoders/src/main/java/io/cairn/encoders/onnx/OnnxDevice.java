package io.cairn.encoders.onnx;

import java.util.Locale;

/**
 * Where ONNX Runtime executes a model: the CPU, or an NVIDIA GPU through the CUDA
 * execution provider.
 */
public enum OnnxDevice {

	/** The default CPU execution provider. */
	CPU,

	/**
	 * The CUDA execution provider; needs
	 * {@code com.microsoft.onnxruntime:onnxruntime_gpu} and CUDA 12.
	 */
	CUDA;

	/**
	 * Parses a configuration value such as {@code cpu} or {@code cuda} (case-insensitive;
	 * {@code gpu} is accepted for {@code cuda}).
	 * @param value the configured value
	 * @return the device
	 * @throws IllegalArgumentException if the value names no device
	 */
	public static OnnxDevice parse(String value) {
		String normalized = value.strip().toLowerCase(Locale.ROOT);
		return switch (normalized) {
			case "cpu" -> CPU;
			case "cuda", "gpu" -> CUDA;
			default ->
				throw new IllegalArgumentException("Unknown ONNX device '" + value + "': expected 'cpu' or 'cuda'");
		};
	}

}
