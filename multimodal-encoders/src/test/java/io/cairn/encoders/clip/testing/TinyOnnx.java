package io.cairn.encoders.clip.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes small ONNX graphs for tests (field numbers from {@code onnx.proto}): nodes,
 * inline float/int64 initializers, typed inputs and outputs. Enough for the random
 * CLIP-like towers the tests need; no protobuf library required.
 */
public final class TinyOnnx {

	public static final int FLOAT = 1;

	public static final int INT64 = 7;

	private final List<byte[]> nodes = new ArrayList<>();

	private final List<byte[]> initializers = new ArrayList<>();

	private final List<byte[]> inputs = new ArrayList<>();

	private final List<byte[]> outputs = new ArrayList<>();

	public TinyOnnx node(String type, String[] in, String out, byte[]... attributes) {
		Proto node = new Proto();
		for (String i : in) {
			node.string(1, i);
		}
		node.string(2, out).string(3, out + "_node").string(4, type);
		for (byte[] a : attributes) {
			node.bytes(5, a);
		}
		this.nodes.add(node.bytes());
		return this;
	}

	public static byte[] ints(String name, long... values) {
		Proto p = new Proto().string(1, name);
		for (long v : values) {
			p.varint(8, v);
		}
		return p.varint(20, 7).bytes();
	}

	public static byte[] integer(String name, long value) {
		return new Proto().string(1, name).varint(3, value).varint(20, 2).bytes();
	}

	public TinyOnnx floats(String name, float[] values, long... dims) {
		ByteBuffer b = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
		b.asFloatBuffer().put(values);
		this.initializers.add(tensor(name, FLOAT, b.array(), dims));
		return this;
	}

	public TinyOnnx longs(String name, long[] values, long... dims) {
		ByteBuffer b = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
		b.asLongBuffer().put(values);
		this.initializers.add(tensor(name, INT64, b.array(), dims));
		return this;
	}

	private static byte[] tensor(String name, int type, byte[] raw, long... dims) {
		Proto dimsProto = new Proto();
		for (long d : dims) {
			dimsProto.rawVarint(d);
		}
		return new Proto().bytes(1, dimsProto.bytes()).varint(2, type).string(8, name).bytes(9, raw).bytes();
	}

	/** A graph input; a dimension is a Long or a symbolic name. */
	public TinyOnnx input(String name, int type, Object... dims) {
		this.inputs.add(valueInfo(name, type, dims));
		return this;
	}

	public TinyOnnx output(String name, int type, Object... dims) {
		this.outputs.add(valueInfo(name, type, dims));
		return this;
	}

	private static byte[] valueInfo(String name, int type, Object... dims) {
		Proto shape = new Proto();
		for (Object d : dims) {
			shape.bytes(1, (d instanceof Number n) ? new Proto().varint(1, n.longValue()).bytes()
					: new Proto().string(2, d.toString()).bytes());
		}
		byte[] tensorType = new Proto().varint(1, type).bytes(2, shape.bytes()).bytes();
		return new Proto().string(1, name).bytes(2, new Proto().bytes(1, tensorType).bytes()).bytes();
	}

	public void write(Path file) throws IOException {
		Proto graph = new Proto();
		this.nodes.forEach((n) -> graph.bytes(1, n));
		graph.string(2, "tiny");
		this.initializers.forEach((t) -> graph.bytes(5, t));
		this.inputs.forEach((i) -> graph.bytes(11, i));
		this.outputs.forEach((o) -> graph.bytes(12, o));
		Proto model = new Proto().varint(1, 8)
			.string(2, "cairn-test")
			.bytes(7, graph.bytes())
			.bytes(8, new Proto().string(1, "").varint(2, 17).bytes());
		Files.write(file, model.bytes());
	}

	/** Protobuf wire format: varints and length-delimited fields. */
	private static final class Proto {

		private final ByteArrayOutputStream out = new ByteArrayOutputStream();

		Proto varint(int field, long value) {
			rawVarint(((long) field << 3));
			rawVarint(value);
			return this;
		}

		Proto string(int field, String value) {
			return bytes(field, value.getBytes(StandardCharsets.UTF_8));
		}

		Proto bytes(int field, byte[] value) {
			rawVarint(((long) field << 3) | 2);
			rawVarint(value.length);
			this.out.writeBytes(value);
			return this;
		}

		Proto rawVarint(long value) {
			long v = value;
			while ((v & ~0x7FL) != 0) {
				this.out.write((int) ((v & 0x7F) | 0x80));
				v >>>= 7;
			}
			this.out.write((int) v);
			return this;
		}

		byte[] bytes() {
			return this.out.toByteArray();
		}

	}

}
