package io.cairn.inference.moe.graph;

import io.cairn.inference.moe.graph.OnnxGraph.Attr;

/** Composite building blocks in standard ONNX operators. */
final class Ops {

	private final OnnxGraph g;

	private final boolean fused;

	Ops(OnnxGraph graph, boolean fused) {
		this.g = graph;
		this.fused = fused;
	}

	/** Whether ONNX Runtime's fused operators are used. */
	boolean fused() {
		return this.fused;
	}

	String matMul(String name, String a, String b) {
		return this.g.op("MatMul", name, a, b);
	}

	String add(String name, String a, String b) {
		return this.g.op("Add", name, a, b);
	}

	String mul(String name, String a, String b) {
		return this.g.op("Mul", name, a, b);
	}

	String scale(String name, String x, double factor) {
		return (factor == 1.0) ? x : mul(name, x, this.g.scalar((float) factor));
	}

	/** RMSNorm over the last axis: {@code x / sqrt(mean(x^2) + eps) * weight}. */
	String rmsNorm(String name, String x, String weight, double eps) {
		if (this.fused) {
			// ONNX Runtime's RMSNorm kernel (registered in the ONNX domain on CPU and
			// CUDA)
			return this.g.op("SimplifiedLayerNormalization", name,
					new Attr[] { Attr.i("axis", -1), Attr.f("epsilon", (float) eps) }, x, weight);
		}
		String squared = mul(name, x, x);
		String mean = this.g.op("ReduceMean", name, new Attr[] { Attr.ints("axes", -1), Attr.i("keepdims", 1) },
				squared);
		String root = this.g.op("Sqrt", name, add(name, mean, this.g.scalar((float) eps)));
		return mul(name, this.g.op("Div", name, x, root), weight);
	}

	/**
	 * {@code silu(x W_gate) * (x W_up)} then {@code W_down}; weights are
	 * {@code [in, out]}.
	 */
	String swiGlu(String name, String x, String gate, String up, String down) {
		String g1 = matMul(name, x, gate);
		String activated = mul(name, g1, this.g.op("Sigmoid", name, g1));
		return matMul(name, mul(name, activated, matMul(name, x, up)), down);
	}

	String reshape(String name, String x, long... shape) {
		return this.g.op("Reshape", name, x, this.g.vector(shape));
	}

	String transpose(String name, String x, long... perm) {
		return this.g.op("Transpose", name, new Attr[] { Attr.ints("perm", perm) }, x);
	}

	String unsqueeze(String name, String x, long... axes) {
		return this.g.op("Unsqueeze", name, x, this.g.vector(axes));
	}

	String concat(String name, long axis, String... parts) {
		return this.g.op("Concat", name, new Attr[] { Attr.i("axis", axis) }, parts);
	}

	String gather(String name, String data, String indices, long axis) {
		return this.g.op("Gather", name, new Attr[] { Attr.i("axis", axis) }, data, indices);
	}

	String slice(String name, String x, long start, long end, long axis) {
		return this.g.op("Slice", name, x, this.g.vector(start), this.g.vector(end), this.g.vector(axis));
	}

	String softmax(String name, String x) {
		return this.g.op("Softmax", name, new Attr[] { Attr.i("axis", -1) }, x);
	}

}
