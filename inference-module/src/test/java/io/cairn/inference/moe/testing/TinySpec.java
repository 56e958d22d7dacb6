package io.cairn.inference.moe.testing;

/**
 * The shape of a tiny random checkpoint.
 *
 * @param modelType config.json's model_type (selects the weight names)
 * @param hidden model width
 * @param layers decoder layers
 * @param heads query heads
 * @param kvHeads key/value heads
 * @param headDim head width
 * @param intermediate dense MLP width
 * @param experts routed experts (0 for a dense model)
 * @param topK experts per token
 * @param expertIntermediate expert width
 * @param sharedIntermediate shared expert width (0 for none)
 * @param normTopK renormalise top-k weights (where the family has the switch)
 * @param qkvBias q/k/v projections have biases (Qwen2 style)
 * @param qkNorm none, full (OLMoE) or head (Qwen3)
 * @param tied LM head tied to the embeddings
 * @param dtype F32, F16 or BF16
 * @param shards files the weights are split into (more than one writes an index)
 * @param firstDenseLayers leading layers that are dense in a MoE model
 * @param slidingWindow sliding window in config.json (0: none)
 * @param seed random seed of the weights
 */
public record TinySpec(String modelType, int hidden, int layers, int heads, int kvHeads, int headDim, int intermediate,
		int experts, int topK, int expertIntermediate, int sharedIntermediate, boolean normTopK, boolean qkvBias,
		String qkNorm, boolean tied, String dtype, int shards, int firstDenseLayers, int slidingWindow, long seed) {

	/**
	 * Byte-level BPE vocabulary: 256 bytes, the merges, one end-of-text token, padding.
	 */
	public static final int VOCAB = 272;

	public static TinySpec mixtral() {
		return new TinySpec("mixtral", 32, 2, 4, 2, 8, 0, 4, 2, 24, 0, true, false, "none", false, "F32", 1, 0, 0, 11);
	}

	public static TinySpec qwen2Moe() {
		return new TinySpec("qwen2_moe", 32, 3, 4, 1, 8, 40, 6, 2, 16, 24, false, true, "none", false, "F32", 1, 1, 0,
				12);
	}

	public static TinySpec olmoe() {
		return new TinySpec("olmoe", 32, 2, 4, 4, 8, 0, 4, 1, 24, 0, false, false, "full", false, "F16", 1, 0, 0, 13);
	}

	public static TinySpec deepseek() {
		return new TinySpec("deepseek", 32, 3, 4, 2, 8, 40, 5, 2, 16, 32, false, false, "none", false, "BF16", 2, 1, 0,
				14);
	}

	public static TinySpec granite() {
		return new TinySpec("granitemoeshared", 32, 2, 4, 2, 8, 0, 4, 2, 16, 24, true, false, "none", true, "F32", 1, 0,
				0, 15);
	}

	public static TinySpec qwen3Moe() {
		return new TinySpec("qwen3_moe", 32, 2, 4, 2, 8, 0, 8, 1, 16, 0, true, false, "head", false, "F32", 1, 0, 0,
				16);
	}

	public static TinySpec llama() {
		return new TinySpec("llama", 32, 2, 4, 2, 8, 48, 0, 0, 0, 0, false, false, "none", false, "F32", 1, 0, 0, 17);
	}

	public boolean isMoe() {
		return this.experts > 0;
	}

	public boolean isMoeLayer(int layer) {
		return isMoe() && layer >= this.firstDenseLayers;
	}

	public TinySpec withSlidingWindow(int window) {
		return new TinySpec(this.modelType, this.hidden, this.layers, this.heads, this.kvHeads, this.headDim,
				this.intermediate, this.experts, this.topK, this.expertIntermediate, this.sharedIntermediate,
				this.normTopK, this.qkvBias, this.qkNorm, this.tied, this.dtype, this.shards, this.firstDenseLayers,
				window, this.seed);
	}

	public TinySpec withSize(int hidden, int layers, int heads, int kvHeads, int experts, int expertIntermediate) {
		return new TinySpec(this.modelType, hidden, layers, heads, kvHeads, hidden / heads, this.intermediate, experts,
				this.topK, expertIntermediate, this.sharedIntermediate, this.normTopK, this.qkvBias, this.qkNorm,
				this.tied, this.dtype, this.shards, this.firstDenseLayers, this.slidingWindow, this.seed);
	}

}
