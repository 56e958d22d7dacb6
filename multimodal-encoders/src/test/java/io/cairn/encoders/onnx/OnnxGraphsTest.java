package io.cairn.encoders.onnx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class OnnxGraphsTest {

	private static final byte[] NEEDLE = OnnxGraphs.DYNAMIC_QUANTIZE_LINEAR.getBytes(StandardCharsets.US_ASCII);

	@Test
	void findsOperatorInBytes() {
		byte[] model = new byte[1000];
		System.arraycopy(NEEDLE, 0, model, 990 - NEEDLE.length, NEEDLE.length);
		assertThat(OnnxGraphs.mentions(model, OnnxGraphs.DYNAMIC_QUANTIZE_LINEAR)).isTrue();
		assertThat(OnnxGraphs.mentions(model, "MatMulInteger")).isFalse();
		assertThat(OnnxGraphs.mentions(new byte[3], OnnxGraphs.DYNAMIC_QUANTIZE_LINEAR)).isFalse();
	}

	@Test
	void findsOperatorThatSpansTwoReadBlocks(@TempDir Path dir) throws IOException {
		int block = 1 << 20;
		for (int offset : new int[] { block - 5, block - 1, block, 2 * block + 3 }) {
			byte[] model = new byte[3 * block];
			System.arraycopy(NEEDLE, 0, model, offset, NEEDLE.length);
			Path file = dir.resolve("model-" + offset + ".onnx");
			Files.write(file, model);
			assertThat(OnnxGraphs.mentions(file, OnnxGraphs.DYNAMIC_QUANTIZE_LINEAR)).as("offset %d", offset).isTrue();
		}
		Path empty = Files.write(dir.resolve("plain.onnx"), new byte[3 * block]);
		assertThat(OnnxGraphs.mentions(empty, OnnxGraphs.DYNAMIC_QUANTIZE_LINEAR)).isFalse();
	}

}
