package io.cairn.inference.moe.graph;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An ONNX graph under construction: nodes in topological order, large weights written to
 * an external data file next to the model (so that checkpoints beyond protobuf's 2 GiB
 * limit work), small constants inline. Field numbers follow {@code onnx.proto}.
 */
public final class OnnxGraph implements AutoCloseable {

	/** ONNX element types. */
	static final int FLOAT = 1;

	static final int INT64 = 7;

	static final int OPSET = 17;

	private static final int ALIGNMENT = 64;

	private final List<ProtoWriter> nodes = new ArrayList<>();

	private final List<ProtoWriter> initializers = new ArrayList<>();

	private final List<ProtoWriter> inputs = new ArrayList<>();

	private final List<ProtoWriter> outputs = new ArrayList<>();

	private final String weightsFileName;

	private final OutputStream weights;

	private long weightsOffset;

	private int counter;

	private boolean microsoftDomain;

	/** Starts a graph whose weights go to {@code weightsFile}. */
	public OnnxGraph(Path weightsFile) {
		this.weightsFileName = weightsFile.getFileName().toString();
		try {
			this.weights = new java.io.BufferedOutputStream(Files.newOutputStream(weightsFile), 1 << 20);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A fresh value name with a readable prefix. */
	String fresh(String prefix) {
		return prefix + "_" + (this.counter++);
	}

	/** Adds a node with one output and returns the output's name. */
	String op(String type, String name, Attr[] attributes, String... inputNames) {
		String output = fresh(name);
		opMulti(type, name, attributes, new String[] { output }, inputNames);
		return output;
	}

	String op(String type, String name, String... inputNames) {
		return op(type, name, new Attr[0], inputNames);
	}

	/**
	 * Adds an ONNX Runtime contrib operator ({@code com.microsoft} domain) with one
	 * output.
	 */
	String contribOp(String type, String name, Attr[] attributes, String... inputNames) {
		this.microsoftDomain = true;
		String output = fresh(name);
		node(type, "com.microsoft", name, attributes, new String[] { output }, inputNames);
		return output;
	}

	/** Adds a node with the given outputs. */
	void opMulti(String type, String name, Attr[] attributes, String[] outputNames, String... inputNames) {
		node(type, "", name, attributes, outputNames, inputNames);
	}

	private void node(String type, String domain, String name, Attr[] attributes, String[] outputNames,
			String... inputNames) {
		ProtoWriter node = new ProtoWriter();
		for (String input : inputNames) {
			node.string(1, input);
		}
		for (String output : outputNames) {
			node.string(2, output);
		}
		node.string(3, fresh(name + "/" + type));
		node.string(4, type);
		for (Attr attribute : attributes) {
			node.message(5, attribute.proto());
		}
		if (!domain.isEmpty()) {
			node.string(7, domain);
		}
		this.nodes.add(node);
	}

	/** A float32 weight, written to the external data file. */
	String weight(String name, float[] values, long... dims) {
		long offset = this.weightsOffset;
		long bytes = values.length * 4L;
		try {
			// in blocks: a large embedding holds more than 2 GiB of bytes
			ByteBuffer buffer = ByteBuffer.allocate(4 << 20).order(ByteOrder.LITTLE_ENDIAN);
			for (int from = 0; from < values.length; from += buffer.capacity() / 4) {
				int count = Math.min(buffer.capacity() / 4, values.length - from);
				buffer.clear();
				buffer.asFloatBuffer().put(values, from, count);
				this.weights.write(buffer.array(), 0, count * 4);
			}
			long padding = (ALIGNMENT - bytes % ALIGNMENT) % ALIGNMENT;
			this.weights.write(new byte[(int) padding]);
			this.weightsOffset += bytes + padding;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ProtoWriter tensor = new ProtoWriter().packedVarints(1, dims).varint(2, FLOAT).string(8, name);
		tensor.message(13, new ProtoWriter().string(1, "location").string(2, this.weightsFileName));
		tensor.message(13, new ProtoWriter().string(1, "offset").string(2, Long.toString(offset)));
		tensor.message(13, new ProtoWriter().string(1, "length").string(2, Long.toString(bytes)));
		tensor.varint(14, 1);
		this.initializers.add(tensor);
		return name;
	}

	/** An inline int64 constant; a scalar when {@code dims} is empty. */
	String longs(long[] values, long... dims) {
		ByteBuffer buffer = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
		buffer.asLongBuffer().put(values);
		String name = fresh("const");
		this.initializers
			.add(new ProtoWriter().packedVarints(1, dims).varint(2, INT64).string(8, name).bytes(9, buffer.array()));
		return name;
	}

	/** An int64 vector constant. */
	String vector(long... values) {
		return longs(values, values.length);
	}

	/** An int64 scalar constant. */
	String scalar(long value) {
		return longs(new long[] { value });
	}

	/** A float32 scalar constant. */
	String scalar(float value) {
		String name = fresh("const");
		this.initializers.add(new ProtoWriter().varint(2, FLOAT)
			.string(8, name)
			.bytes(9, ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putFloat(value).array()));
		return name;
	}

	/** Declares a graph input; a dimension is a {@code Long} or a symbolic name. */
	void input(String name, int elementType, Object... dims) {
		this.inputs.add(valueInfo(name, elementType, dims));
	}

	/** Declares a graph output. */
	void output(String name, int elementType, Object... dims) {
		this.outputs.add(valueInfo(name, elementType, dims));
	}

	private static ProtoWriter valueInfo(String name, int elementType, Object... dims) {
		ProtoWriter shape = new ProtoWriter();
		for (Object dim : dims) {
			ProtoWriter d = new ProtoWriter();
			if (dim instanceof Number n) {
				d.varint(1, n.longValue());
			}
			else {
				d.string(2, dim.toString());
			}
			shape.message(1, d);
		}
		ProtoWriter tensorType = new ProtoWriter().varint(1, elementType).message(2, shape);
		return new ProtoWriter().string(1, name).message(2, new ProtoWriter().message(1, tensorType));
	}

	/** Writes the model file; the weights file is complete afterwards. */
	public void writeModel(Path modelFile) {
		close();
		ProtoWriter graph = new ProtoWriter();
		this.nodes.forEach((n) -> graph.message(1, n));
		graph.string(2, "cairn_decoder");
		this.initializers.forEach((t) -> graph.message(5, t));
		this.inputs.forEach((i) -> graph.message(11, i));
		this.outputs.forEach((o) -> graph.message(12, o));
		ProtoWriter model = new ProtoWriter().varint(1, 8)
			.string(2, "cairn")
			.message(7, graph)
			.message(8, new ProtoWriter().string(1, "").varint(2, OPSET));
		if (this.microsoftDomain) {
			model.message(8, new ProtoWriter().string(1, "com.microsoft").varint(2, 1));
		}
		try {
			Files.write(modelFile, model.toByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			this.weights.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A node attribute. */
	record Attr(ProtoWriter proto) {

		static Attr i(String name, long value) {
			return new Attr(new ProtoWriter().string(1, name).varint(3, value).varint(20, 2));
		}

		static Attr f(String name, float value) {
			return new Attr(new ProtoWriter().string(1, name).fixedFloat(2, value).varint(20, 1));
		}

		static Attr s(String name, String value) {
			return new Attr(new ProtoWriter().string(1, name).string(4, value).varint(20, 3));
		}

		static Attr ints(String name, long... values) {
			ProtoWriter p = new ProtoWriter().string(1, name);
			for (long v : values) {
				p.varint(8, v);
			}
			return new Attr(p.varint(20, 7));
		}

	}

}
