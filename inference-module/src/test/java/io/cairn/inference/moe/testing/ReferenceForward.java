package io.cairn.inference.moe.testing;

/**
 * A plain float64 forward pass over a whole token sequence, written from the Hugging Face
 * modelling code of each family and independent of the engine: no cache, no batching,
 * every expert evaluated by a loop over the tokens that chose it.
 */
public final class ReferenceForward {

	private final TinyModel model;

	private final TinySpec s;

	private final boolean granite;

	private final int window;

	/** Tokens routed to each expert, {@code [moeLayer][expert]}, by the last forward. */
	private long[][] expertTokens = new long[0][];

	public ReferenceForward(TinyModel model, int slidingWindow) {
		this.model = model;
		this.s = model.spec();
		this.granite = this.s.modelType().startsWith("granite");
		this.window = slidingWindow;
	}

	/** Logits {@code [position][vocab]} for every position of {@code tokens}. */
	public double[][] logits(int[] tokens) {
		int n = tokens.length;
		int h = this.s.hidden();
		double[][] x = new double[n][];
		double[] embed = this.model.weight("model.embed_tokens.weight");
		for (int t = 0; t < n; t++) {
			x[t] = new double[h];
			for (int i = 0; i < h; i++) {
				x[t][i] = embed[tokens[t] * h + i] * (this.granite ? 2.0 : 1.0);
			}
		}
		double residual = this.granite ? 0.5 : 1.0;
		int moeLayers = 0;
		for (int l = 0; l < this.s.layers(); l++) {
			moeLayers += this.s.isMoeLayer(l) ? 1 : 0;
		}
		this.expertTokens = new long[moeLayers][this.s.experts()];
		int moeIndex = 0;
		for (int l = 0; l < this.s.layers(); l++) {
			String p = "model.layers." + l + ".";
			double[][] attention = attention(l, p, rmsNorm(x, this.model.weight(p + "input_layernorm.weight")));
			add(x, attention, residual);
			double[][] h2 = rmsNorm(x, this.model.weight(p + "post_attention_layernorm.weight"));
			double[][] mlp = new double[n][];
			for (int t = 0; t < n; t++) {
				mlp[t] = this.s.isMoeLayer(l) ? ReferenceMoe.forward(this.model, p, h2[t], this.expertTokens[moeIndex])
						: ReferenceMoe.swiGlu(this.model, p + "mlp.gate_proj.weight", p + "mlp.up_proj.weight",
								p + "mlp.down_proj.weight", h2[t], this.s.intermediate());
			}
			moeIndex += this.s.isMoeLayer(l) ? 1 : 0;
			add(x, mlp, residual);
		}
		double[][] out = rmsNorm(x, this.model.weight("model.norm.weight"));
		double[] head = this.model.weight(this.s.tied() ? "model.embed_tokens.weight" : "lm_head.weight");
		double[][] logits = new double[n][];
		for (int t = 0; t < n; t++) {
			logits[t] = Linear.apply(head, out[t], TinySpec.VOCAB, h);
			for (int v = 0; v < TinySpec.VOCAB; v++) {
				logits[t][v] /= this.granite ? 3.0 : 1.0;
			}
		}
		return logits;
	}

	/** Tokens each expert received in the last forward, {@code [moeLayer][expert]}. */
	public long[][] expertTokens() {
		return this.expertTokens;
	}

	private double[][] attention(int l, String p, double[][] h) {
		int n = h.length;
		int d = this.s.headDim();
		int heads = this.s.heads();
		int kv = this.s.kvHeads();
		double[][] q = new double[n][];
		double[][] k = new double[n][];
		double[][] v = new double[n][];
		for (int t = 0; t < n; t++) {
			q[t] = project(p + "self_attn.q_proj", h[t], heads * d);
			k[t] = project(p + "self_attn.k_proj", h[t], kv * d);
			v[t] = project(p + "self_attn.v_proj", h[t], kv * d);
			q[t] = qkNorm(p + "self_attn.q_norm.weight", q[t]);
			k[t] = qkNorm(p + "self_attn.k_norm.weight", k[t]);
			rope(q[t], heads, t);
			rope(k[t], kv, t);
		}
		double scale = this.granite ? 0.2 : 1.0 / Math.sqrt(d);
		double[][] context = new double[n][heads * d];
		for (int t = 0; t < n; t++) {
			for (int head = 0; head < heads; head++) {
				int kvHead = head / (heads / kv);
				double[] scores = new double[t + 1];
				double max = Double.NEGATIVE_INFINITY;
				for (int u = 0; u <= t; u++) {
					if (this.window > 0 && t - u >= this.window) {
						scores[u] = Double.NEGATIVE_INFINITY;
						continue;
					}
					double dot = 0;
					for (int i = 0; i < d; i++) {
						dot += q[t][head * d + i] * k[u][kvHead * d + i];
					}
					scores[u] = dot * scale;
					max = Math.max(max, scores[u]);
				}
				double sum = 0;
				for (int u = 0; u <= t; u++) {
					scores[u] = Math.exp(scores[u] - max);
					sum += scores[u];
				}
				for (int u = 0; u <= t; u++) {
					for (int i = 0; i < d; i++) {
						context[t][head * d + i] += scores[u] / sum * v[u][kvHead * d + i];
					}
				}
			}
		}
		double[][] out = new double[n][];
		for (int t = 0; t < n; t++) {
			out[t] = Linear.apply(this.model.weight(p + "self_attn.o_proj.weight"), context[t], this.s.hidden(),
					heads * d);
		}
		return out;
	}

	private double[] project(String name, double[] x, int rows) {
		double[] y = Linear.apply(this.model.weight(name + ".weight"), x, rows, x.length);
		if (this.model.weights().containsKey(name + ".bias")) {
			double[] bias = this.model.weight(name + ".bias");
			for (int i = 0; i < rows; i++) {
				y[i] += bias[i];
			}
		}
		return y;
	}

	private double[] qkNorm(String name, double[] x) {
		if (!this.model.weights().containsKey(name)) {
			return x;
		}
		double[] w = this.model.weight(name);
		double[] out = new double[x.length];
		for (int start = 0; start < x.length; start += w.length) {
			double[] part = java.util.Arrays.copyOfRange(x, start, start + w.length);
			System.arraycopy(rmsNorm(new double[][] { part }, w)[0], 0, out, start, w.length);
		}
		return out;
	}

	/** Rotates each head's halves (Hugging Face {@code rotate_half} convention). */
	private void rope(double[] x, int heads, int position) {
		int d = this.s.headDim();
		for (int head = 0; head < heads; head++) {
			for (int i = 0; i < d / 2; i++) {
				double angle = position / Math.pow(10000.0, 2.0 * i / d);
				double a = x[head * d + i];
				double b = x[head * d + i + d / 2];
				x[head * d + i] = a * Math.cos(angle) - b * Math.sin(angle);
				x[head * d + i + d / 2] = b * Math.cos(angle) + a * Math.sin(angle);
			}
		}
	}

	static double[][] rmsNorm(double[][] x, double[] w) {
		double[][] out = new double[x.length][];
		for (int t = 0; t < x.length; t++) {
			double sum = 0;
			for (double value : x[t]) {
				sum += value * value;
			}
			double r = 1.0 / Math.sqrt(sum / x[t].length + 1e-5);
			out[t] = new double[x[t].length];
			for (int i = 0; i < x[t].length; i++) {
				out[t][i] = x[t][i] * r * w[i];
			}
		}
		return out;
	}

	private static void add(double[][] x, double[][] y, double factor) {
		for (int t = 0; t < x.length; t++) {
			for (int i = 0; i < x[t].length; i++) {
				x[t][i] += y[t][i] * factor;
			}
		}
	}

}
