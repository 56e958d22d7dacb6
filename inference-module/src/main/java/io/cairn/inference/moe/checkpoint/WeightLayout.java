package io.cairn.inference.moe.checkpoint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.cairn.inference.moe.checkpoint.ModelConfig.MoeConfig;

/**
 * Maps the engine's view of a decoder (per-layer attention, norms, MLP or router plus
 * experts) to the tensors of a checkpoint family, with the shapes config.json implies.
 */
public final class WeightLayout {

	private final ModelConfig config;

	private final TensorStore store;

	public WeightLayout(ModelConfig config, TensorStore store) {
		this.config = config;
		this.store = store;
	}

	private static String layer(int l) {
		return "model.layers." + l + ".";
	}

	public WeightRef embed() {
		return WeightRef.matrix("model.embed_tokens.weight", this.config.vocabSize(), this.config.hiddenSize());
	}

	public WeightRef lmHead() {
		if (this.config.tiedEmbeddings() || !this.store.contains("lm_head.weight")) {
			return embed();
		}
		return WeightRef.matrix("lm_head.weight", this.config.vocabSize(), this.config.hiddenSize());
	}

	public WeightRef finalNorm() {
		return WeightRef.vector("model.norm.weight", this.config.hiddenSize());
	}

	public WeightRef attentionNorm(int l) {
		return WeightRef.vector(layer(l) + "input_layernorm.weight", this.config.hiddenSize());
	}

	public WeightRef mlpNorm(int l) {
		return WeightRef.vector(layer(l) + "post_attention_layernorm.weight", this.config.hiddenSize());
	}

	/** Query, key, value or output projection: {@code which} is q, k, v or o. */
	public WeightRef projection(int l, char which) {
		int q = this.config.heads() * this.config.headDim();
		int kv = this.config.kvHeads() * this.config.headDim();
		int h = this.config.hiddenSize();
		String name = layer(l) + "self_attn." + which + "_proj.weight";
		return switch (which) {
			case 'q' -> WeightRef.matrix(name, q, h);
			case 'k', 'v' -> WeightRef.matrix(name, kv, h);
			case 'o' -> WeightRef.matrix(name, h, q);
			default -> throw new IllegalArgumentException("projection " + which);
		};
	}

	/** The bias of a projection, when the checkpoint has one (Qwen2). */
	public Optional<WeightRef> projectionBias(int l, char which) {
		String name = layer(l) + "self_attn." + which + "_proj.bias";
		if (!this.store.contains(name)) {
			return Optional.empty();
		}
		return Optional.of(WeightRef.vector(name, projection(l, which).rows()));
	}

	/**
	 * The RMSNorm over queries or keys ({@code which} q or k) when the checkpoint has
	 * one: per head (Qwen3, width head_dim) or over all heads (OLMoE).
	 */
	public Optional<WeightRef> qkNorm(int l, char which) {
		String name = layer(l) + "self_attn." + which + "_norm.weight";
		long[] shape = this.store.shape(name);
		if (shape == null) {
			return Optional.empty();
		}
		int all = projection(l, which).rows();
		int width = (shape.length == 1 && shape[0] == this.config.headDim()) ? this.config.headDim() : all;
		return Optional.of(WeightRef.vector(name, width));
	}

	/** The dense SwiGLU MLP of a non-MoE layer: gate, up, down. */
	public SwiGlu denseMlp(int l) {
		return swiGlu(layer(l) + "mlp.", "gate_proj", "up_proj", "down_proj", this.config.intermediateSize());
	}

	/** The router of a MoE layer, {@code [experts, hidden]}. */
	public WeightRef router(int l) {
		String name = switch (this.config.family()) {
			case MIXTRAL -> "block_sparse_moe.gate.weight";
			case GRANITE -> "block_sparse_moe.router.layer.weight";
			default -> "mlp.gate.weight";
		};
		return WeightRef.matrix(layer(l) + name, moe().experts(), this.config.hiddenSize());
	}

	/** One routed expert of a MoE layer. */
	public SwiGlu expert(int l, int e) {
		int size = moe().expertIntermediate();
		int h = this.config.hiddenSize();
		return switch (this.config.family()) {
			case MIXTRAL -> swiGlu(layer(l) + "block_sparse_moe.experts." + e + ".", "w1", "w3", "w2", size);
			case GRANITE -> {
				// input_linear [E, 2I, H] holds gate then up; output_linear [E, H, I]
				String in = layer(l) + "block_sparse_moe.input_linear.weight";
				String out = layer(l) + "block_sparse_moe.output_linear.weight";
				yield new SwiGlu(new WeightRef(in, (long) e * 2 * size, size, h),
						new WeightRef(in, (long) e * 2 * size + size, size, h),
						new WeightRef(out, (long) e * h, h, size));
			}
			default -> swiGlu(layer(l) + "mlp.experts." + e + ".", "gate_proj", "up_proj", "down_proj", size);
		};
	}

	/** The shared expert of a MoE layer, if the model has one. */
	public Optional<SwiGlu> sharedExpert(int l) {
		int size = moe().sharedIntermediate();
		if (size == 0) {
			return Optional.empty();
		}
		int h = this.config.hiddenSize();
		return Optional.of(switch (this.config.family()) {
			case GRANITE -> {
				String in = layer(l) + "shared_mlp.input_linear.weight";
				yield new SwiGlu(new WeightRef(in, 0, size, h), new WeightRef(in, size, size, h),
						WeightRef.matrix(layer(l) + "shared_mlp.output_linear.weight", h, size));
			}
			case DEEPSEEK -> swiGlu(layer(l) + "mlp.shared_experts.", "gate_proj", "up_proj", "down_proj", size);
			default -> swiGlu(layer(l) + "mlp.shared_expert.", "gate_proj", "up_proj", "down_proj", size);
		});
	}

	/**
	 * The sigmoid gate on the shared expert's output (Qwen2-MoE), {@code [1, hidden]}.
	 */
	public Optional<WeightRef> sharedExpertGate(int l) {
		return moe().sharedGate()
				? Optional.of(WeightRef.matrix(layer(l) + "mlp.shared_expert_gate.weight", 1, this.config.hiddenSize()))
				: Optional.empty();
	}

	private MoeConfig moe() {
		MoeConfig moe = this.config.moe();
		if (moe == null) {
			throw new IllegalStateException("dense model has no experts");
		}
		return moe;
	}

	private SwiGlu swiGlu(String prefix, String gate, String up, String down, int size) {
		int h = this.config.hiddenSize();
		return new SwiGlu(WeightRef.matrix(prefix + gate + ".weight", size, h),
				WeightRef.matrix(prefix + up + ".weight", size, h),
				WeightRef.matrix(prefix + down + ".weight", h, size));
	}

	/**
	 * Every matrix and vector the engine reads, for validation before anything is built.
	 */
	public List<WeightRef> all() {
		List<WeightRef> refs = new ArrayList<>(List.of(embed(), lmHead(), finalNorm()));
		for (int l = 0; l < this.config.layers(); l++) {
			refs.add(attentionNorm(l));
			refs.add(mlpNorm(l));
			for (char p : new char[] { 'q', 'k', 'v', 'o' }) {
				refs.add(projection(l, p));
				projectionBias(l, p).ifPresent(refs::add);
			}
			qkNorm(l, 'q').ifPresent(refs::add);
			qkNorm(l, 'k').ifPresent(refs::add);
			if (this.config.isMoeLayer(l)) {
				refs.add(router(l));
				for (int e = 0; e < moe().experts(); e++) {
					refs.addAll(expert(l, e).all());
				}
				sharedExpert(l).ifPresent((s) -> refs.addAll(s.all()));
				sharedExpertGate(l).ifPresent(refs::add);
			}
			else {
				refs.addAll(denseMlp(l).all());
			}
		}
		return refs;
	}

	/** A SwiGLU feed-forward: {@code down(silu(gate x) * up x)}. */
	public record SwiGlu(WeightRef gate, WeightRef up, WeightRef down) {

		public List<WeightRef> all() {
			return List.of(this.gate, this.up, this.down);
		}

	}

}
