package io.cairn.inference.moe.graph;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The few protobuf wire-format primitives an ONNX model needs: varints, length-delimited
 * fields and fixed32 floats. The engine writes its graph with this rather than a
 * generated protobuf library: the graph is a handful of message types.
 */
final class ProtoWriter {

	private static final int VARINT = 0;

	private static final int LENGTH_DELIMITED = 2;

	private static final int FIXED32 = 5;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	ProtoWriter varint(int field, long value) {
		tag(field, VARINT);
		rawVarint(value);
		return this;
	}

	ProtoWriter string(int field, String value) {
		return bytes(field, value.getBytes(StandardCharsets.UTF_8));
	}

	ProtoWriter bytes(int field, byte[] value) {
		tag(field, LENGTH_DELIMITED);
		rawVarint(value.length);
		this.out.writeBytes(value);
		return this;
	}

	ProtoWriter message(int field, ProtoWriter message) {
		return bytes(field, message.toByteArray());
	}

	ProtoWriter fixedFloat(int field, float value) {
		tag(field, FIXED32);
		int bits = Float.floatToRawIntBits(value);
		for (int i = 0; i < 4; i++) {
			this.out.write((bits >>> (8 * i)) & 0xff);
		}
		return this;
	}

	/** A packed repeated int64 field. */
	ProtoWriter packedVarints(int field, long[] values) {
		ProtoWriter packed = new ProtoWriter();
		for (long v : values) {
			packed.rawVarint(v);
		}
		return bytes(field, packed.toByteArray());
	}

	byte[] toByteArray() {
		return this.out.toByteArray();
	}

	private void tag(int field, int wireType) {
		rawVarint(((long) field << 3) | wireType);
	}

	private void rawVarint(long value) {
		long v = value;
		while ((v & ~0x7FL) != 0) {
			this.out.write((int) ((v & 0x7F) | 0x80));
			v >>>= 7;
		}
		this.out.write((int) v);
	}

}
