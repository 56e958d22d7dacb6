package io.cairn.inference.moe.graph;

import io.cairn.inference.moe.checkpoint.ModelConfig;
import io.cairn.inference.moe.graph.DecoderGraphBuilder.Rope;
import io.cairn.inference.moe.graph.OnnxGraph.Attr;
import org.jspecify.annotations.Nullable;

/**
 * Grouped-query attention with rotary embeddings and a KV cache, in standard operators.
 * Queries are reshaped to {@code [B, KV, G, S, D]} so that each group of {@code G} query
 * heads multiplies its shared key/value head by broadcasting, without repeating the
 * cache.
 */
final class AttentionBuilder {

	private final OnnxGraph g;

	private final Ops ops;

	private final ModelConfig c;

	private final int layer;

	private final String p;

	AttentionBuilder(OnnxGraph graph, Ops ops, ModelConfig config, int layer) {
		this.g = graph;
		this.ops = ops;
		this.c = config;
		this.layer = layer;
		this.p = "L" + layer + "/attn";
	}

	/** Projection weights ({@code [in, out]}) and optional biases and q/k norms. */
	record Projections(String q, String k, String v, String o, @Nullable String qBias, @Nullable String kBias,
			@Nullable String vBias, @Nullable String oBias, @Nullable String qNorm, @Nullable String kNorm,
			boolean qkNormPerHead) {

	}

	String build(String h, Rope rope, Projections w) {
		int heads = this.c.heads();
		int kv = this.c.kvHeads();
		int d = this.c.headDim();
		this.g.input(DecoderGraphBuilder.pastKey(this.layer), OnnxGraph.FLOAT, "batch", (long) kv, "past", (long) d);
		this.g.input(DecoderGraphBuilder.pastValue(this.layer), OnnxGraph.FLOAT, "batch", (long) kv, "past", (long) d);
		String q = heads(project(h, w.q(), w.qBias()), w.qNorm(), w.qkNormPerHead(), heads);
		String k = heads(project(h, w.k(), w.kBias()), w.kNorm(), w.qkNormPerHead(), kv);
		String v = heads(project(h, w.v(), w.vBias()), null, false, kv);
		q = rotate(q, rope);
		k = rotate(k, rope);
		String presentKey = DecoderGraphBuilder.presentKey(this.layer);
		String presentValue = DecoderGraphBuilder.presentValue(this.layer);
		this.g.opMulti("Concat", this.p, new Attr[] { Attr.i("axis", 2) }, new String[] { presentKey },
				DecoderGraphBuilder.pastKey(this.layer), k);
		this.g.opMulti("Concat", this.p, new Attr[] { Attr.i("axis", 2) }, new String[] { presentValue },
				DecoderGraphBuilder.pastValue(this.layer), v);
		// [B,H,S,D] -> [B,KV,G,S,D]; keys [B,KV,T,D] -> [B,KV,1,D,T]
		String grouped = this.ops.reshape(this.p, this.ops.scale(this.p, q, this.c.attentionScale()), 0, kv, heads / kv,
				-1, d);
		String keysT = this.ops.transpose(this.p, this.ops.unsqueeze(this.p, presentKey, 2), 0, 1, 2, 4, 3);
		String scores = this.ops.add(this.p, this.ops.matMul(this.p, grouped, keysT), DecoderGraphBuilder.ATTN_BIAS);
		String probs = this.ops.softmax(this.p, scores);
		String context = this.ops.matMul(this.p, probs, this.ops.unsqueeze(this.p, presentValue, 2));
		// [B,KV,G,S,D] -> [B,H,S,D] -> [B,S,H,D] -> [B,S,H*D]
		context = this.ops.reshape(this.p, context, 0, heads, -1, d);
		context = this.ops.reshape(this.p, this.ops.transpose(this.p, context, 0, 2, 1, 3), 0, 0, (long) heads * d);
		return project(context, w.o(), w.oBias());
	}

	private String project(String x, String weight, @Nullable String bias) {
		String y = this.ops.matMul(this.p, x, weight);
		return (bias != null) ? this.ops.add(this.p, y, bias) : y;
	}

	/**
	 * {@code [B,S,N*D]} to {@code [B,N,S,D]}, with the q/k RMSNorm where the model has
	 * one.
	 */
	private String heads(String x, @Nullable String norm, boolean perHeadNorm, int count) {
		int d = this.c.headDim();
		boolean perHead = norm != null && perHeadNorm;
		if (norm != null && !perHead) {
			x = this.ops.rmsNorm(this.p + "/qk_norm", x, norm, this.c.rmsNormEps());
		}
		x = this.ops.reshape(this.p, x, 0, 0, count, d);
		if (perHead) {
			x = this.ops.rmsNorm(this.p + "/qk_norm", x, norm, this.c.rmsNormEps());
		}
		return this.ops.transpose(this.p, x, 0, 2, 1, 3);
	}

	/** {@code x cos + rotate_half(x) sin}, rotate_half = {@code [-x2, x1]}. */
	private String rotate(String x, Rope rope) {
		if (rope.fused()) {
			// com.microsoft.RotaryEmbedding on [B,N,S,D], non-interleaved (rotate_half)
			return this.g.contribOp("RotaryEmbedding", this.p, new Attr[] { Attr.i("interleaved", 0) }, x,
					DecoderGraphBuilder.POSITION_IDS, rope.cos(), rope.sin());
		}
		int half = this.c.headDim() / 2;
		String first = this.ops.slice(this.p, x, 0, half, -1);
		String second = this.ops.slice(this.p, x, half, Long.MAX_VALUE, -1);
		String rotated = this.ops.concat(this.p, -1, this.g.op("Neg", this.p, second), first);
		return this.ops.add(this.p, this.ops.mul(this.p, x, rope.cos()), this.ops.mul(this.p, rotated, rope.sin()));
	}

}
