package io.cairn.inference.moe.runtime;

import java.util.List;

import io.cairn.inference.moe.checkpoint.ModelConfig;

/**
 * Packs a batch of sequences for one step: token and position ids padded to the longest
 * new-token run, caches padded to the longest cache, and the attention bias that hides
 * the padding, the future and keys outside the sliding window.
 */
final class StepInputs {

	private final List<int[]> tokens;

	private final List<KvCache> caches;

	private final int batch;

	private final int seq;

	private final int past;

	private final int kvHeads;

	private final int headDim;

	private final long[] ids;

	private final long[] positions;

	private final long[] valid;

	private final float[] bias;

	StepInputs(ModelConfig config, List<int[]> tokens, List<KvCache> caches, int seq, SlotLayout layout, int window,
			float masked) {
		int past = layout.slots();
		this.tokens = tokens;
		this.caches = caches;
		this.batch = tokens.size();
		this.seq = seq;
		this.past = past;
		this.kvHeads = config.kvHeads();
		this.headDim = config.headDim();
		int total = past + seq;
		this.ids = new long[this.batch * seq];
		this.positions = new long[this.batch * seq];
		this.valid = new long[this.batch * seq];
		this.bias = new float[this.batch * seq * total];
		for (int b = 0; b < this.batch; b++) {
			int[] run = tokens.get(b);
			KvCache cache = caches.get(b);
			for (int j = 0; j < seq; j++) {
				int index = b * seq + j;
				boolean valid = j < run.length;
				this.valid[index] = valid ? 1 : 0;
				this.ids[index] = valid ? run[j] : 0;
				int queryPosition = cache.nextPosition() + Math.min(j, run.length - 1);
				this.positions[index] = queryPosition;
				if (!valid) {
					// padding queries attend everything; their outputs are ignored
					continue;
				}
				int row = index * total;
				for (int t = 0; t < total; t++) {
					boolean allowed;
					int keyPosition;
					if (t < past) {
						allowed = layout.valid()[b][t];
						keyPosition = layout.positions()[b][t];
					}
					else {
						int k = t - past;
						allowed = k < run.length && k <= j;
						keyPosition = cache.nextPosition() + k;
					}
					if (allowed && window > 0 && queryPosition - keyPosition >= window) {
						allowed = false;
					}
					this.bias[row + t] = allowed ? 0f : masked;
				}
			}
		}
	}

	long[] ids() {
		return this.ids;
	}

	long[] positions() {
		return this.positions;
	}

	/** 1 for real tokens, 0 for padding. */
	long[] valid() {
		return this.valid;
	}

	float[] bias() {
		return this.bias;
	}

	float[] pastKeys(int layer) {
		return pack(layer, true);
	}

	float[] pastValues(int layer) {
		return pack(layer, false);
	}

	private float[] pack(int layer, boolean keys) {
		int d = this.headDim;
		float[] out = new float[this.batch * this.kvHeads * this.past * d];
		for (int b = 0; b < this.batch; b++) {
			KvCache cache = this.caches.get(b);
			float[] source = keys ? cache.keys(layer) : cache.values(layer);
			for (int h = 0; h < this.kvHeads; h++) {
				int base = (b * this.kvHeads + h) * this.past * d;
				for (int t = 0; t < cache.length(); t++) {
					System.arraycopy(source, (t * this.kvHeads + h) * d, out, base + t * d, d);
				}
			}
		}
		return out;
	}

	/** Marks the appended tokens as part of the caches, once every layer is written. */
	void commit() {
		for (int b = 0; b < this.batch; b++) {
			this.caches.get(b).appended(this.tokens.get(b).length);
		}
	}

}
