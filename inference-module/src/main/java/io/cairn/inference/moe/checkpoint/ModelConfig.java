package io.cairn.inference.moe.checkpoint;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The architecture of a decoder checkpoint, normalised across families: a dense model is
 * the case with no {@link MoeConfig}.
 *
 * @param family the weight naming family
 * @param modelType config.json's {@code model_type}
 * @param vocabSize rows of the embedding and LM head
 * @param hiddenSize model width
 * @param layers decoder layers
 * @param heads query heads
 * @param kvHeads key/value heads (grouped-query attention when fewer than heads)
 * @param headDim width of one head
 * @param intermediateSize width of the dense SwiGLU MLP (dense layers)
 * @param rmsNormEps RMSNorm epsilon
 * @param ropeTheta rotary embedding base
 * @param maxPositions longest context the model was trained for
 * @param tiedEmbeddings whether the LM head reuses the embedding matrix
 * @param embeddingMultiplier scales the embeddings (Granite), 1 elsewhere
 * @param residualMultiplier scales each block's output before the residual add (Granite)
 * @param attentionScale scales attention scores, {@code 1/sqrt(headDim)} unless
 * configured
 * @param logitsDivisor divides the logits (Granite's {@code logits_scaling})
 * @param slidingWindow attention window of the checkpoint, 0 for full attention
 * @param eosTokenIds the end-of-sequence tokens
 * @param moe the MoE settings, {@code null} for a dense model
 */
public record ModelConfig(Family family, String modelType, int vocabSize, int hiddenSize, int layers, int heads,
		int kvHeads, int headDim, int intermediateSize, double rmsNormEps, double ropeTheta, int maxPositions,
		boolean tiedEmbeddings, double embeddingMultiplier, double residualMultiplier, double attentionScale,
		double logitsDivisor, int slidingWindow, List<Integer> eosTokenIds, @Nullable MoeConfig moe) {

	/**
	 * The Mixture-of-Experts part.
	 *
	 * @param experts routed experts per MoE layer
	 * @param topK experts each token is sent to
	 * @param expertIntermediate width of one expert's SwiGLU
	 * @param normalizeTopK whether the top-k routing weights are renormalised to sum to 1
	 * @param sharedIntermediate width of the always-on shared expert, 0 for none
	 * @param sharedGate whether the shared expert's output is scaled by a sigmoid gate
	 * @param moeLayers which layers are MoE layers (the others are dense)
	 */
	public record MoeConfig(int experts, int topK, int expertIntermediate, boolean normalizeTopK,
			int sharedIntermediate, boolean sharedGate, boolean[] moeLayers) {

	}

	/** Whether layer {@code layer} routes through experts. */
	public boolean isMoeLayer(int layer) {
		return this.moe != null && this.moe.moeLayers()[layer];
	}

	/** Query heads per key/value head. */
	public int groupSize() {
		return this.heads / this.kvHeads;
	}

}
