package io.cairn.inference.moe.checkpoint;

/**
 * How a family names its weights. Attention and norms are named alike everywhere (the
 * Llama convention); the MLP, router and experts differ.
 */
public enum Family {

	/** Dense Llama, Mistral, Qwen2/3: {@code mlp.{gate,up,down}_proj}. */
	LLAMA,

	/** Mixtral: {@code block_sparse_moe.gate} and {@code experts.N.w1/w3/w2}. */
	MIXTRAL,

	/**
	 * Qwen2-MoE, Qwen3-MoE, OLMoE: {@code mlp.gate}, {@code mlp.experts.N.*_proj},
	 * Qwen2-MoE's {@code mlp.shared_expert} with {@code mlp.shared_expert_gate}.
	 */
	QWEN_MOE,

	/**
	 * DeepSeek-MoE (v1): {@code mlp.gate}, {@code mlp.experts.N},
	 * {@code mlp.shared_experts}.
	 */
	DEEPSEEK,

	/**
	 * Granite-MoE: stacked experts {@code block_sparse_moe.input_linear} (gate and up
	 * fused) and {@code output_linear}, {@code router.layer}, optional
	 * {@code shared_mlp}.
	 */
	GRANITE

}
