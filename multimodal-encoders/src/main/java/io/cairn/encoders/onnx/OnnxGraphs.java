package io.cairn.encoders.onnx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Cheap inspection of serialized ONNX graphs without a protobuf parser: operator types
 * are stored as plain strings in the model file.
 */
public final class OnnxGraphs {

	/**
	 * The operator that dynamically quantized (int8) models use to quantize activations.
	 */
	public static final String DYNAMIC_QUANTIZE_LINEAR = "DynamicQuantizeLinear";

	private OnnxGraphs() {
	}

	/** Whether the serialized model mentions the operator type {@code op}. */
	public static boolean mentions(byte[] model, String op) {
		byte[] needle = op.getBytes(StandardCharsets.US_ASCII);
		return indexOf(model, model.length, needle, 0) >= 0;
	}

	/**
	 * Whether the model file mentions the operator type {@code op}; reads the file in
	 * blocks.
	 */
	public static boolean mentions(Path model, String op) throws IOException {
		byte[] needle = op.getBytes(StandardCharsets.US_ASCII);
		byte[] buffer = new byte[1 << 20];
		int carried = 0;
		try (InputStream in = Files.newInputStream(model)) {
			while (true) {
				int read = in.read(buffer, carried, buffer.length - carried);
				if (read < 0) {
					return false;
				}
				int length = carried + read;
				if (indexOf(buffer, length, needle, 0) >= 0) {
					return true;
				}
				// keep the tail so that a match across two blocks is found
				carried = Math.min(needle.length - 1, length);
				System.arraycopy(buffer, length - carried, buffer, 0, carried);
			}
		}
	}

	private static int indexOf(byte[] haystack, int length, byte[] needle, int from) {
		outer: for (int i = from; i <= length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
