package io.cairn.inference.moe.checkpoint;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

/** The safetensors element types the engine reads, converted to float32 on load. */
public enum DType {

	F32(4), F16(2), BF16(2);

	private static final ValueLayout.OfFloat FLOAT_LE = ValueLayout.JAVA_FLOAT_UNALIGNED
		.withOrder(ByteOrder.LITTLE_ENDIAN);

	private static final ValueLayout.OfShort SHORT_LE = ValueLayout.JAVA_SHORT_UNALIGNED
		.withOrder(ByteOrder.LITTLE_ENDIAN);

	private final int bytes;

	DType(int bytes) {
		this.bytes = bytes;
	}

	/** Bytes per element. */
	public int bytes() {
		return this.bytes;
	}

	/**
	 * The safetensors dtype name, or {@code null} when the engine cannot read it.
	 * @param name a dtype such as {@code F32}
	 * @return the type
	 * @throws CheckpointException for unsupported types (int8, fp8, F64...)
	 */
	static DType parse(String name, String tensor) {
		return switch (name) {
			case "F32" -> F32;
			case "F16" -> F16;
			case "BF16" -> BF16;
			default -> throw new CheckpointException("Tensor " + tensor + " has dtype " + name
					+ "; supported are F32, F16 and BF16 (quantized checkpoints are not supported)");
		};
	}

	/** Reads {@code count} elements starting at byte {@code offset} into {@code out}. */
	void read(MemorySegment data, long offset, float[] out, int outOffset, int count) {
		switch (this) {
			case F32 -> {
				for (int i = 0; i < count; i++) {
					out[outOffset + i] = data.get(FLOAT_LE, offset + 4L * i);
				}
			}
			case F16 -> {
				for (int i = 0; i < count; i++) {
					out[outOffset + i] = Float.float16ToFloat(data.get(SHORT_LE, offset + 2L * i));
				}
			}
			case BF16 -> {
				for (int i = 0; i < count; i++) {
					out[outOffset + i] = Float.intBitsToFloat((data.get(SHORT_LE, offset + 2L * i) & 0xffff) << 16);
				}
			}
		}
	}

}
