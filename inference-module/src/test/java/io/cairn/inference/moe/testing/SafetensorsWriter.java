package io.cairn.inference.moe.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes tensors in the safetensors format (F32, F16 or BF16), as the tests need them.
 */
public final class SafetensorsWriter {

	private final Map<String, double[]> values = new LinkedHashMap<>();

	private final Map<String, long[]> shapes = new LinkedHashMap<>();

	private final String dtype;

	public SafetensorsWriter(String dtype) {
		this.dtype = dtype;
	}

	public SafetensorsWriter put(String name, double[] data, long... shape) {
		this.values.put(name, data);
		this.shapes.put(name, shape);
		return this;
	}

	/**
	 * Rounds a value to what the dtype stores, so that references see the same weights.
	 */
	public static double round(double value, String dtype) {
		float f = (float) value;
		return switch (dtype) {
			case "F32" -> f;
			case "F16" -> Float.float16ToFloat(Float.floatToFloat16(f));
			case "BF16" -> Float.intBitsToFloat(bf16Bits(f) << 16);
			default -> throw new IllegalArgumentException(dtype);
		};
	}

	private static int bf16Bits(float f) {
		int bits = Float.floatToRawIntBits(f);
		return ((bits + 0x7FFF + ((bits >>> 16) & 1)) >>> 16) & 0xFFFF;
	}

	public void write(Path file) throws IOException {
		int elementBytes = this.dtype.equals("F32") ? 4 : 2;
		StringBuilder header = new StringBuilder("{\"__metadata__\":{\"format\":\"pt\"}");
		long offset = 0;
		for (Map.Entry<String, double[]> entry : this.values.entrySet()) {
			long bytes = (long) entry.getValue().length * elementBytes;
			header.append(",\"")
				.append(entry.getKey())
				.append("\":{\"dtype\":\"")
				.append(this.dtype)
				.append("\",\"shape\":[")
				.append(Arrays.stream(this.shapes.get(entry.getKey()))
					.mapToObj(Long::toString)
					.collect(Collectors.joining(",")))
				.append("],\"data_offsets\":[")
				.append(offset)
				.append(',')
				.append(offset + bytes)
				.append("]}");
			offset += bytes;
		}
		header.append('}');
		while ((header.length() % 8) != 0) {
			header.append(' ');
		}
		byte[] headerBytes = header.toString().getBytes(StandardCharsets.UTF_8);
		try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
			out.write(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(headerBytes.length).array());
			out.write(headerBytes);
			for (double[] data : this.values.values()) {
				ByteBuffer buffer = ByteBuffer.allocate(data.length * elementBytes).order(ByteOrder.LITTLE_ENDIAN);
				for (double v : data) {
					switch (this.dtype) {
						case "F32" -> buffer.putFloat((float) v);
						case "F16" -> buffer.putShort(Float.floatToFloat16((float) v));
						default -> buffer.putShort((short) bf16Bits((float) v));
					}
				}
				out.write(buffer.array());
			}
		}
	}

}
