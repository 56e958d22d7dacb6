package io.cairn.inference.moe.graph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.cairn.inference.moe.checkpoint.Checkpoint;
import io.cairn.inference.moe.checkpoint.ModelConfig;
import io.cairn.inference.moe.checkpoint.WeightLayout;
import io.cairn.inference.moe.checkpoint.WeightLayout.SwiGlu;
import io.cairn.inference.moe.checkpoint.WeightRef;
import io.cairn.inference.moe.graph.OnnxGraph.Attr;

/**
 * Builds the decoder as one ONNX graph in standard operators.
 * <p>
 * Inputs: {@code input_ids [B,S]}, {@code position_ids [B,S]}, {@code attn_bias
 * [B,1,1,S,T]} (0 where a query may attend a key, a large negative number elsewhere:
 * causality, padding and the sliding window are all decided by the caller) and
 * {@code past_key_L}/{@code past_value_L [B,KV,P,D]}. Outputs: {@code logits [B,S,V]},
 * {@code present_key_L}/{@code present_value_L [B,KV,P+S,D]} and, for MoE models,
 * {@code expert_rows}, the number of token rows each expert of each MoE layer multiplied.
 */
public final class DecoderGraphBuilder {

	public static final String INPUT_IDS = "input_ids";

	public static final String POSITION_IDS = "position_ids";

	public static final String ATTN_BIAS = "attn_bias";

	public static final String LOGIT_INDEX = "logit_index";

	public static final String TOKEN_VALID = "token_valid";

	public static final String LOGITS = "logits";

	public static final String EXPERT_ROWS = "expert_rows";

	private final Checkpoint checkpoint;

	private final ModelConfig config;

	private final WeightLayout layout;

	private final int maxContext;

	private OnnxGraph g;

	private Ops ops;

	private final List<String> expertRows = new ArrayList<>();

	/** {@code [B*S, 1]} booleans: which token rows are real (MoE models only). */
	private String tokenValid = "";

	private DecoderGraphBuilder(Checkpoint checkpoint, int maxContext, OnnxGraph graph, boolean fused) {
		this.checkpoint = checkpoint;
		this.config = checkpoint.config();
		this.layout = checkpoint.layout();
		this.maxContext = maxContext;
		this.g = graph;
		this.ops = new Ops(graph, fused);
	}

	public static String pastKey(int layer) {
		return "past_key_" + layer;
	}

	public static String pastValue(int layer) {
		return "past_value_" + layer;
	}

	public static String presentKey(int layer) {
		return "present_key_" + layer;
	}

	public static String presentValue(int layer) {
		return "present_value_" + layer;
	}

	/**
	 * Builds the standard-operator graph; see
	 * {@link #build(Checkpoint, int, Path, boolean)}.
	 */
	public static Path build(Checkpoint checkpoint, int maxContext, Path directory) {
		return build(checkpoint, maxContext, directory, false);
	}

	/**
	 * Writes {@code model.onnx} and {@code weights.bin} into {@code directory}.
	 * @param maxContext longest sequence (rotary tables are precomputed up to it)
	 * @param fused use ONNX Runtime's fused operators
	 * ({@code SimplifiedLayerNormalization} and {@code com.microsoft.RotaryEmbedding},
	 * available on CPU and CUDA) instead of their standard-operator expansions
	 * @return the model file
	 */
	public static Path build(Checkpoint checkpoint, int maxContext, Path directory, boolean fused) {
		Path model = directory.resolve("model.onnx");
		try (OnnxGraph graph = new OnnxGraph(directory.resolve("weights.bin"))) {
			new DecoderGraphBuilder(checkpoint, maxContext, graph, fused).build();
			graph.writeModel(model);
		}
		return model;
	}

	private void build() {
		ModelConfig c = this.config;
		this.g.input(INPUT_IDS, OnnxGraph.INT64, "batch", "seq");
		this.g.input(POSITION_IDS, OnnxGraph.INT64, "batch", "seq");
		this.g.input(ATTN_BIAS, OnnxGraph.FLOAT, "batch", 1L, 1L, "seq", "total");
		this.g.input(LOGIT_INDEX, OnnxGraph.INT64, "batch", "wanted");
		if (c.moe() != null) {
			// 1 for real tokens, 0 for the padding of a batch: padding is routed to no
			// expert
			this.g.input(TOKEN_VALID, OnnxGraph.INT64, "batch", "seq");
			this.tokenValid = this.ops.reshape("token_valid",
					this.g.op("Cast", "token_valid", new Attr[] { Attr.i("to", 9) }, TOKEN_VALID), -1, 1);
		}
		String x = this.ops.gather("embed", weight(this.layout.embed(), false), INPUT_IDS, 0);
		x = this.ops.scale("embed", x, c.embeddingMultiplier());
		Rope rope = rope();
		for (int l = 0; l < c.layers(); l++) {
			x = layer(l, x, rope);
		}
		// only the wanted positions go through the final norm and the LM head
		x = this.g.op("GatherND", "logit_rows", new Attr[] { Attr.i("batch_dims", 1) }, x,
				this.ops.unsqueeze("logit_rows", LOGIT_INDEX, -1));
		x = this.ops.rmsNorm("final_norm", x, weight(this.layout.finalNorm(), false), c.rmsNormEps());
		String logits = this.ops.matMul("lm_head", x, weight(this.layout.lmHead(), true));
		logits = this.ops.scale("lm_head", logits, 1.0 / c.logitsDivisor());
		this.g.opMulti("Identity", "logits", new Attr[0], new String[] { LOGITS }, logits);
		this.g.output(LOGITS, OnnxGraph.FLOAT, "batch", "wanted", (long) c.vocabSize());
		for (int l = 0; l < c.layers(); l++) {
			this.g.output(presentKey(l), OnnxGraph.FLOAT, "batch", (long) c.kvHeads(), "total", (long) c.headDim());
			this.g.output(presentValue(l), OnnxGraph.FLOAT, "batch", (long) c.kvHeads(), "total", (long) c.headDim());
		}
		if (!this.expertRows.isEmpty()) {
			String rows = this.ops.concat("expert_rows", 0, this.expertRows.toArray(String[]::new));
			this.g.opMulti("Identity", "expert_rows", new Attr[0], new String[] { EXPERT_ROWS }, rows);
			this.g.output(EXPERT_ROWS, OnnxGraph.INT64, (long) this.expertRows.size());
		}
	}

	private String layer(int l, String x, Rope rope) {
		ModelConfig c = this.config;
		String p = "L" + l;
		String h = this.ops.rmsNorm(p + "/attn_norm", x, weight(this.layout.attentionNorm(l), false), c.rmsNormEps());
		String attention = new AttentionBuilder(this.g, this.ops, c, l).build(h, rope, projections(l));
		x = this.ops.add(p + "/residual", x, this.ops.scale(p + "/attn_out", attention, c.residualMultiplier()));
		String h2 = this.ops.rmsNorm(p + "/mlp_norm", x, weight(this.layout.mlpNorm(l), false), c.rmsNormEps());
		String mlp;
		if (c.isMoeLayer(l)) {
			mlp = moe(l, h2);
		}
		else {
			SwiGlu dense = this.layout.denseMlp(l);
			mlp = this.ops.swiGlu(p + "/mlp", h2, weight(dense.gate(), true), weight(dense.up(), true),
					weight(dense.down(), true));
		}
		return this.ops.add(p + "/residual", x, this.ops.scale(p + "/mlp_out", mlp, c.residualMultiplier()));
	}

	private AttentionBuilder.Projections projections(int l) {
		return new AttentionBuilder.Projections(weight(this.layout.projection(l, 'q'), true),
				weight(this.layout.projection(l, 'k'), true), weight(this.layout.projection(l, 'v'), true),
				weight(this.layout.projection(l, 'o'), true), bias(l, 'q'), bias(l, 'k'), bias(l, 'v'), bias(l, 'o'),
				this.layout.qkNorm(l, 'q').map((r) -> weight(r, false)).orElse(null),
				this.layout.qkNorm(l, 'k').map((r) -> weight(r, false)).orElse(null),
				this.layout.qkNorm(l, 'q').map((r) -> r.columns() == this.config.headDim()).orElse(false));
	}

	private String moe(int l, String h) {
		ModelConfig.MoeConfig moe = this.config.moe();
		List<SwiGlu> experts = new ArrayList<>();
		List<String[]> expertWeights = new ArrayList<>();
		for (int e = 0; e < moe.experts(); e++) {
			SwiGlu expert = this.layout.expert(l, e);
			experts.add(expert);
			expertWeights.add(new String[] { weight(expert.gate(), true), weight(expert.up(), true),
					weight(expert.down(), true) });
		}
		Optional<SwiGlu> shared = this.layout.sharedExpert(l);
		String[] sharedWeights = shared
			.map((s) -> new String[] { weight(s.gate(), true), weight(s.up(), true), weight(s.down(), true) })
			.orElse(null);
		String sharedGate = this.layout.sharedExpertGate(l).map((r) -> weight(r, true)).orElse(null);
		MoeBuilder builder = new MoeBuilder(this.g, this.ops, moe, this.config.hiddenSize(), "L" + l, this.tokenValid);
		String out = builder.build(h, weight(this.layout.router(l), true), expertWeights, sharedWeights, sharedGate);
		this.expertRows.addAll(builder.rowCounts());
		return out;
	}

	private String bias(int l, char which) {
		return this.layout.projectionBias(l, which).map((r) -> weight(r, false)).orElse(null);
	}

	/**
	 * Adds a checkpoint weight; matrices are transposed to {@code [in, out]} for MatMul.
	 */
	private String weight(WeightRef ref, boolean transpose) {
		float[] values = this.checkpoint.read(ref);
		String name = ref.tensor() + (ref.firstRow() == 0 ? "" : "@" + ref.firstRow()) + (transpose ? ".T" : "");
		if (ref.rows() == 1 && !transpose) {
			return this.g.weight(name, values, ref.columns());
		}
		if (!transpose) {
			return this.g.weight(name, values, ref.rows(), ref.columns());
		}
		float[] t = new float[values.length];
		int rows = ref.rows();
		int cols = ref.columns();
		for (int i = 0; i < rows; i++) {
			for (int j = 0; j < cols; j++) {
				t[j * rows + i] = values[i * cols + j];
			}
		}
		return this.g.weight(name, t, cols, rows);
	}

	/**
	 * Cosine and sine tables gathered at the position ids, {@code [B,1,S,D]}; for the
	 * fused operator the half-width tables {@code [maxContext, D/2]} themselves.
	 */
	private Rope rope() {
		int d = this.config.headDim();
		if (this.ops.fused()) {
			float[] cos = new float[this.maxContext * d / 2];
			float[] sin = new float[this.maxContext * d / 2];
			for (int pos = 0; pos < this.maxContext; pos++) {
				for (int i = 0; i < d / 2; i++) {
					double angle = pos / Math.pow(this.config.ropeTheta(), 2.0 * i / d);
					cos[pos * d / 2 + i] = (float) Math.cos(angle);
					sin[pos * d / 2 + i] = (float) Math.sin(angle);
				}
			}
			return new Rope(this.g.weight("rope.cos_cache", cos, this.maxContext, d / 2),
					this.g.weight("rope.sin_cache", sin, this.maxContext, d / 2), true);
		}
		float[] cos = new float[this.maxContext * d];
		float[] sin = new float[this.maxContext * d];
		for (int pos = 0; pos < this.maxContext; pos++) {
			for (int i = 0; i < d / 2; i++) {
				double angle = pos / Math.pow(this.config.ropeTheta(), 2.0 * i / d);
				cos[pos * d + i] = (float) Math.cos(angle);
				cos[pos * d + i + d / 2] = (float) Math.cos(angle);
				sin[pos * d + i] = (float) Math.sin(angle);
				sin[pos * d + i + d / 2] = (float) Math.sin(angle);
			}
		}
		String cosTable = this.g.weight("rope.cos", cos, this.maxContext, d);
		String sinTable = this.g.weight("rope.sin", sin, this.maxContext, d);
		return new Rope(this.ops.unsqueeze("rope", this.ops.gather("rope", cosTable, POSITION_IDS, 0), 1),
				this.ops.unsqueeze("rope", this.ops.gather("rope", sinTable, POSITION_IDS, 0), 1), false);
	}

	/**
	 * Rotary tables at the current positions, or the whole caches for the fused operator.
	 */
	record Rope(String cos, String sin, boolean fused) {

	}

}
