package io.cairn.inference.moe.runtime;

import java.util.List;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtSession;
import io.cairn.inference.moe.graph.DecoderGraphBuilder;

/**
 * The present keys and values of the last step, still held by ONNX Runtime. When the next
 * step runs the same sequences (the steady state of decoding), they are fed back as its
 * past without a round trip through Java arrays; when the batch changes, they are copied
 * into the sequences' own caches first.
 */
final class ResidentBatch implements AutoCloseable {

	private final List<KvCache> caches;

	private final OrtSession.Result result;

	private final SlotLayout layout;

	private final int layers;

	private final int kvHeads;

	private final int headDim;

	ResidentBatch(List<KvCache> caches, OrtSession.Result result, SlotLayout layout, int layers, int kvHeads,
			int headDim) {
		this.caches = List.copyOf(caches);
		this.result = result;
		this.layout = layout;
		this.layers = layers;
		this.kvHeads = kvHeads;
		this.headDim = headDim;
		this.caches.forEach((c) -> c.setStale(true));
	}

	/** Whether the next step runs exactly these sequences, in this order. */
	boolean covers(List<KvCache> next) {
		if (next.size() != this.caches.size()) {
			return false;
		}
		for (int b = 0; b < next.size(); b++) {
			if (next.get(b) != this.caches.get(b)) {
				return false;
			}
		}
		return true;
	}

	SlotLayout layout() {
		return this.layout;
	}

	OnnxTensor present(String name) {
		return (OnnxTensor) this.result.get(name).orElseThrow();
	}

	/** Copies each sequence's valid slots, in order, into its own cache. */
	void materialize(int slidingWindow) {
		int d = this.headDim;
		int total = this.layout.slots();
		for (int l = 0; l < this.layers; l++) {
			float[] keys = OrtValues.floats(present(DecoderGraphBuilder.presentKey(l)));
			float[] values = OrtValues.floats(present(DecoderGraphBuilder.presentValue(l)));
			for (int b = 0; b < this.caches.size(); b++) {
				KvCache cache = this.caches.get(b);
				int slot = 0;
				int first = -1;
				for (int t = 0; t < total; t++) {
					if (!this.layout.valid()[b][t]) {
						continue;
					}
					first = (first < 0) ? this.layout.positions()[b][t] : first;
					cache.ensureCapacity(slot + 1);
					for (int h = 0; h < this.kvHeads; h++) {
						int from = ((b * this.kvHeads + h) * total + t) * d;
						int to = (slot * this.kvHeads + h) * d;
						System.arraycopy(keys, from, cache.keys(l), to, d);
						System.arraycopy(values, from, cache.values(l), to, d);
					}
					slot++;
				}
				if (l == this.layers - 1) {
					cache.reset(Math.max(first, 0), slot);
				}
			}
		}
		for (KvCache cache : this.caches) {
			cache.setStale(false);
			cache.trimToWindow(slidingWindow);
		}
	}

	@Override
	public void close() {
		this.result.close();
	}

}
