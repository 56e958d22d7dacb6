package io.cairn.inference.moe.testing;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The float64 MoE block of one token, per family, as in the Hugging Face modelling code.
 */
final class ReferenceMoe {

	private ReferenceMoe() {
	}

	static double[] forward(TinyModel model, String p, double[] h, long[] expertTokens) {
		TinySpec s = model.spec();
		String type = s.modelType();
		boolean granite = type.startsWith("granite");
		String router = switch (type) {
			case "mixtral" -> p + "block_sparse_moe.gate.weight";
			case "granitemoe", "granitemoeshared" -> p + "block_sparse_moe.router.layer.weight";
			default -> p + "mlp.gate.weight";
		};
		double[] logits = Linear.apply(model.weight(router), h, s.experts(), s.hidden());
		double max = Arrays.stream(logits).max().orElseThrow();
		double[] probs = Arrays.stream(logits).map((v) -> Math.exp(v - max)).toArray();
		double total = Arrays.stream(probs).sum();
		for (int e = 0; e < probs.length; e++) {
			probs[e] /= total;
		}
		int[] top = IntStream.range(0, s.experts())
			.boxed()
			.sorted(Comparator.comparingDouble((Integer e) -> -probs[e]))
			.limit(s.topK())
			.mapToInt(Integer::intValue)
			.toArray();
		boolean normalize = type.equals("mixtral") || granite || s.normTopK();
		double topSum = Arrays.stream(top).mapToDouble((e) -> probs[e]).sum();
		double[] out = new double[s.hidden()];
		for (int e : top) {
			expertTokens[e]++;
			double weight = normalize ? probs[e] / topSum : probs[e];
			double[] y = expert(model, p, e, h);
			for (int i = 0; i < out.length; i++) {
				out[i] += weight * y[i];
			}
		}
		double[] shared = shared(model, p, h);
		for (int i = 0; i < out.length; i++) {
			out[i] += shared[i];
		}
		return out;
	}

	private static double[] expert(TinyModel model, String p, int e, double[] h) {
		TinySpec s = model.spec();
		int size = s.expertIntermediate();
		int hidden = s.hidden();
		return switch (s.modelType()) {
			case "mixtral" -> {
				String x = p + "block_sparse_moe.experts." + e + ".";
				yield swiGlu(model, x + "w1.weight", x + "w3.weight", x + "w2.weight", h, size);
			}
			case "granitemoe", "granitemoeshared" -> {
				double[] in = model.weight(p + "block_sparse_moe.input_linear.weight");
				double[] out = model.weight(p + "block_sparse_moe.output_linear.weight");
				double[] fused = Linear.apply(in, e * 2 * size * hidden, h, 2 * size, hidden);
				yield Linear.apply(out, e * hidden * size, glu(fused, size), hidden, size);
			}
			default -> {
				String x = p + "mlp.experts." + e + ".";
				yield swiGlu(model, x + "gate_proj.weight", x + "up_proj.weight", x + "down_proj.weight", h, size);
			}
		};
	}

	private static double[] shared(TinyModel model, String p, double[] h) {
		TinySpec s = model.spec();
		int size = s.sharedIntermediate();
		if (size == 0) {
			return new double[s.hidden()];
		}
		return switch (s.modelType()) {
			case "granitemoeshared" -> {
				double[] fused = Linear.apply(model.weight(p + "shared_mlp.input_linear.weight"), h, 2 * size,
						s.hidden());
				yield Linear.apply(model.weight(p + "shared_mlp.output_linear.weight"), glu(fused, size), s.hidden(),
						size);
			}
			case "deepseek" -> swiGlu(model, p + "mlp.shared_experts.gate_proj.weight",
					p + "mlp.shared_experts.up_proj.weight", p + "mlp.shared_experts.down_proj.weight", h, size);
			default -> {
				double[] y = swiGlu(model, p + "mlp.shared_expert.gate_proj.weight",
						p + "mlp.shared_expert.up_proj.weight", p + "mlp.shared_expert.down_proj.weight", h, size);
				double gate = Linear.apply(model.weight(p + "mlp.shared_expert_gate.weight"), h, 1, s.hidden())[0];
				double sigmoid = 1.0 / (1.0 + Math.exp(-gate));
				yield Arrays.stream(y).map((v) -> v * sigmoid).toArray();
			}
		};
	}

	/** {@code silu(first half) * second half}. */
	private static double[] glu(double[] fused, int size) {
		double[] out = new double[size];
		for (int i = 0; i < size; i++) {
			double g = fused[i];
			out[i] = g / (1.0 + Math.exp(-g)) * fused[size + i];
		}
		return out;
	}

	static double[] swiGlu(TinyModel model, String gate, String up, String down, double[] h, int size) {
		int hidden = model.spec().hidden();
		double[] g = Linear.apply(model.weight(gate), h, size, hidden);
		double[] u = Linear.apply(model.weight(up), h, size, hidden);
		double[] a = new double[size];
		for (int i = 0; i < size; i++) {
			a[i] = g[i] / (1.0 + Math.exp(-g[i])) * u[i];
		}
		return Linear.apply(model.weight(down), a, hidden, size);
	}

}
