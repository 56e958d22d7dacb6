package io.cairn.inference.moe.graph;

import java.util.ArrayList;
import java.util.List;

import io.cairn.inference.moe.checkpoint.ModelConfig.MoeConfig;
import io.cairn.inference.moe.graph.OnnxGraph.Attr;
import org.jspecify.annotations.Nullable;

/**
 * A Mixture-of-Experts block with sparse dispatch in standard operators. The router picks
 * the top-k experts per token; each expert then gathers only the rows of the tokens that
 * chose it ({@code NonZero} over the top-k ids), runs its SwiGLU on those rows and
 * scatter-adds the weighted result back. An expert no token chose multiplies a matrix
 * with zero rows, i.e. does no work. The row count of every expert is also an output, so
 * that tests and metrics can see the dispatch.
 */
final class MoeBuilder {

	private final OnnxGraph g;

	private final Ops ops;

	private final MoeConfig moe;

	private final int hidden;

	private final String p;

	private final List<String> rowCounts = new ArrayList<>();

	private final String tokenValid;

	MoeBuilder(OnnxGraph graph, Ops ops, MoeConfig moe, int hidden, String prefix, String tokenValid) {
		this.tokenValid = tokenValid;
		this.g = graph;
		this.ops = ops;
		this.moe = moe;
		this.hidden = hidden;
		this.p = prefix + "/moe";
	}

	/**
	 * @param h the normalised hidden states {@code [B,S,H]}
	 * @param router router weight {@code [H,E]}
	 * @param experts gate, up and down weights of each expert ({@code [in,out]})
	 * @param shared the shared expert's weights, or {@code null}
	 * @param sharedGate the shared expert's sigmoid gate {@code [H,1]}, or {@code null}
	 * @return the block output {@code [B,S,H]}
	 */
	String build(String h, String router, List<String[]> experts, String @Nullable [] shared,
			@Nullable String sharedGate) {
		String tokens = this.ops.reshape(this.p, h, -1, this.hidden);
		String probs = this.ops.softmax(this.p + "/router", this.ops.matMul(this.p + "/router", tokens, router));
		String topWeights = this.g.fresh(this.p + "/top_weights");
		String topIds = this.g.fresh(this.p + "/top_ids");
		this.g.opMulti("TopK", this.p + "/router",
				new Attr[] { Attr.i("axis", -1), Attr.i("largest", 1), Attr.i("sorted", 1) },
				new String[] { topWeights, topIds }, probs, this.g.vector(this.moe.topK()));
		if (this.moe.normalizeTopK()) {
			String sum = this.g.op("ReduceSum", this.p + "/router", new Attr[] { Attr.i("keepdims", 1) }, topWeights,
					this.g.vector(-1));
			topWeights = this.g.op("Div", this.p + "/router", topWeights, sum);
		}
		// zeros shaped like the tokens: the accumulator every expert scatter-adds into
		String out = this.ops.mul(this.p, tokens, this.g.scalar(0.0f));
		for (int e = 0; e < experts.size(); e++) {
			out = expert(e, tokens, topIds, topWeights, experts.get(e), out);
		}
		if (shared != null) {
			String y = this.ops.swiGlu(this.p + "/shared", tokens, shared[0], shared[1], shared[2]);
			if (sharedGate != null) {
				String gate = this.g.op("Sigmoid", this.p + "/shared",
						this.ops.matMul(this.p + "/shared", tokens, sharedGate));
				y = this.ops.mul(this.p + "/shared", y, gate);
			}
			out = this.ops.add(this.p, out, y);
		}
		return this.g.op("Reshape", this.p, out, this.g.op("Shape", this.p, h));
	}

	private String expert(int e, String tokens, String topIds, String topWeights, String[] weights, String out) {
		String n = this.p + "/expert" + e;
		String chosen = this.g.op("And", n, this.g.op("Equal", n, topIds, this.g.scalar((long) e)), this.tokenValid);
		// [2, rows]: token index and top-k slot of every (token, slot) that chose e
		String where = this.g.op("NonZero", n, chosen);
		String tokenIndex = this.ops.gather(n, where, this.g.scalar(0L), 0);
		String rowWeights = this.g.op("GatherND", n, topWeights, this.ops.transpose(n, where, 1, 0));
		String rows = this.ops.gather(n, tokens, tokenIndex, 0);
		this.rowCounts.add(this.g.op("Shape", n, tokenIndex));
		String y = this.ops.swiGlu(n, rows, weights[0], weights[1], weights[2]);
		y = this.ops.mul(n, y, this.ops.unsqueeze(n, rowWeights, 1));
		return this.g.op("ScatterND", n, new Attr[] { Attr.s("reduction", "add") }, out,
				this.ops.unsqueeze(n, tokenIndex, 1), y);
	}

	/** The per-expert row-count values, in expert order. */
	List<String> rowCounts() {
		return this.rowCounts;
	}

}
