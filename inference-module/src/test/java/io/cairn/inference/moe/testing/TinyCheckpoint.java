package io.cairn.inference.moe.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes a tiny random checkpoint directory (config.json, safetensors, tokenizer.json)
 * under the weight names of its family, and keeps the weights (rounded to the stored
 * dtype) for the reference forward pass.
 */
public final class TinyCheckpoint {

	private final TinySpec spec;

	private final Random random;

	private final Map<String, double[]> weights = new LinkedHashMap<>();

	private final Map<String, long[]> shapes = new LinkedHashMap<>();

	private TinyCheckpoint(TinySpec spec) {
		this.spec = spec;
		this.random = new Random(spec.seed());
	}

	/** Generates and writes a checkpoint into {@code directory}. */
	public static TinyModel write(TinySpec spec, Path directory) throws IOException {
		TinyCheckpoint checkpoint = new TinyCheckpoint(spec);
		checkpoint.generate();
		Files.createDirectories(directory);
		Files.writeString(directory.resolve("config.json"), TinyConfigJson.of(spec));
		Files.writeString(directory.resolve("tokenizer.json"), TinyTokenizer.json());
		checkpoint.writeWeights(directory);
		return new TinyModel(spec, checkpoint.weights, directory);
	}

	private void generate() {
		TinySpec s = this.spec;
		int h = s.hidden();
		int q = s.heads() * s.headDim();
		int kv = s.kvHeads() * s.headDim();
		matrix("model.embed_tokens.weight", TinySpec.VOCAB, h, 1.0);
		if (!s.tied()) {
			matrix("lm_head.weight", TinySpec.VOCAB, h, 1.0 / Math.sqrt(h));
		}
		norm("model.norm.weight", h);
		for (int l = 0; l < s.layers(); l++) {
			String p = "model.layers." + l + ".";
			norm(p + "input_layernorm.weight", h);
			norm(p + "post_attention_layernorm.weight", h);
			matrix(p + "self_attn.q_proj.weight", q, h, 1.0 / Math.sqrt(h));
			matrix(p + "self_attn.k_proj.weight", kv, h, 1.0 / Math.sqrt(h));
			matrix(p + "self_attn.v_proj.weight", kv, h, 1.0 / Math.sqrt(h));
			matrix(p + "self_attn.o_proj.weight", h, q, 1.0 / Math.sqrt(q));
			if (s.qkvBias()) {
				vector(p + "self_attn.q_proj.bias", q, 0.1);
				vector(p + "self_attn.k_proj.bias", kv, 0.1);
				vector(p + "self_attn.v_proj.bias", kv, 0.1);
			}
			if (s.qkNorm().equals("full")) {
				norm(p + "self_attn.q_norm.weight", q);
				norm(p + "self_attn.k_norm.weight", kv);
			}
			else if (s.qkNorm().equals("head")) {
				norm(p + "self_attn.q_norm.weight", s.headDim());
				norm(p + "self_attn.k_norm.weight", s.headDim());
			}
			if (s.isMoeLayer(l)) {
				moe(l, p);
			}
			else {
				swiGlu(p + "mlp.", "gate_proj", "up_proj", "down_proj", s.intermediate());
			}
		}
	}

	private void moe(int l, String p) {
		TinySpec s = this.spec;
		int h = s.hidden();
		int e = s.experts();
		int size = s.expertIntermediate();
		switch (s.modelType()) {
			case "mixtral" -> {
				matrix(p + "block_sparse_moe.gate.weight", e, h, 3.0 / Math.sqrt(h));
				for (int x = 0; x < e; x++) {
					swiGlu(p + "block_sparse_moe.experts." + x + ".", "w1", "w3", "w2", size);
				}
			}
			case "granitemoe", "granitemoeshared" -> {
				matrix(p + "block_sparse_moe.router.layer.weight", e, h, 3.0 / Math.sqrt(h));
				tensor(p + "block_sparse_moe.input_linear.weight", 1.0 / Math.sqrt(h), e, 2L * size, h);
				tensor(p + "block_sparse_moe.output_linear.weight", 1.0 / Math.sqrt(size), e, h, size);
				if (s.sharedIntermediate() > 0) {
					matrix(p + "shared_mlp.input_linear.weight", 2 * s.sharedIntermediate(), h, 1.0 / Math.sqrt(h));
					matrix(p + "shared_mlp.output_linear.weight", h, s.sharedIntermediate(),
							1.0 / Math.sqrt(s.sharedIntermediate()));
				}
			}
			default -> {
				matrix(p + "mlp.gate.weight", e, h, 3.0 / Math.sqrt(h));
				for (int x = 0; x < e; x++) {
					swiGlu(p + "mlp.experts." + x + ".", "gate_proj", "up_proj", "down_proj", size);
				}
				if (s.sharedIntermediate() > 0 && s.modelType().equals("deepseek")) {
					swiGlu(p + "mlp.shared_experts.", "gate_proj", "up_proj", "down_proj", s.sharedIntermediate());
				}
				else if (s.sharedIntermediate() > 0) {
					swiGlu(p + "mlp.shared_expert.", "gate_proj", "up_proj", "down_proj", s.sharedIntermediate());
					matrix(p + "mlp.shared_expert_gate.weight", 1, h, 1.0 / Math.sqrt(h));
				}
			}
		}
	}

	private void swiGlu(String prefix, String gate, String up, String down, int size) {
		int h = this.spec.hidden();
		matrix(prefix + gate + ".weight", size, h, 1.0 / Math.sqrt(h));
		matrix(prefix + up + ".weight", size, h, 1.0 / Math.sqrt(h));
		matrix(prefix + down + ".weight", h, size, 1.0 / Math.sqrt(size));
	}

	private void norm(String name, int size) {
		double[] v = new double[size];
		for (int i = 0; i < size; i++) {
			v[i] = SafetensorsWriter.round(1.0 + 0.2 * this.random.nextGaussian(), this.spec.dtype());
		}
		this.weights.put(name, v);
		this.shapes.put(name, new long[] { size });
	}

	private void vector(String name, int size, double std) {
		tensor(name, std, size);
	}

	private void matrix(String name, int rows, int columns, double std) {
		tensor(name, std, rows, columns);
	}

	private void tensor(String name, double std, long... shape) {
		long n = 1;
		for (long d : shape) {
			n *= d;
		}
		double[] v = new double[(int) n];
		for (int i = 0; i < v.length; i++) {
			v[i] = SafetensorsWriter.round(std * this.random.nextGaussian(), this.spec.dtype());
		}
		this.weights.put(name, v);
		this.shapes.put(name, shape);
	}

	private void writeWeights(Path directory) throws IOException {
		int shards = this.spec.shards();
		List<String> names = new ArrayList<>(this.weights.keySet());
		StringBuilder index = new StringBuilder("{\"metadata\":{},\"weight_map\":{");
		for (int s = 0; s < shards; s++) {
			String file = (shards == 1) ? "model.safetensors"
					: String.format("model-%05d-of-%05d.safetensors", s + 1, shards);
			SafetensorsWriter writer = new SafetensorsWriter(this.spec.dtype());
			for (int i = s; i < names.size(); i += shards) {
				String name = names.get(i);
				writer.put(name, this.weights.get(name), this.shapes.get(name));
				index.append((index.charAt(index.length() - 1) == '{') ? "" : ",")
					.append('"')
					.append(name)
					.append("\":\"")
					.append(file)
					.append('"');
			}
			writer.write(directory.resolve(file));
		}
		if (shards > 1) {
			Files.writeString(directory.resolve("model.safetensors.index.json"), index.append("}}").toString());
		}
	}

}
