package io.cairn.inference.moe.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import tools.jackson.databind.json.JsonMapper;

/** The config.json of a tiny checkpoint, with each family's own field names. */
final class TinyConfigJson {

	private TinyConfigJson() {
	}

	static String of(TinySpec s) {
		Map<String, Object> c = new LinkedHashMap<>();
		c.put("model_type", s.modelType());
		c.put("architectures", List.of(s.modelType() + "ForCausalLM"));
		c.put("vocab_size", TinySpec.VOCAB);
		c.put("hidden_size", s.hidden());
		c.put("num_hidden_layers", s.layers());
		c.put("num_attention_heads", s.heads());
		c.put("num_key_value_heads", s.kvHeads());
		c.put("head_dim", s.headDim());
		c.put("rms_norm_eps", 1e-5);
		c.put("rope_theta", 10000.0);
		c.put("max_position_embeddings", 512);
		c.put("tie_word_embeddings", s.tied());
		c.put("hidden_act", "silu");
		c.put("eos_token_id", TinyTokenizer.EOS);
		c.put("intermediate_size", s.intermediate());
		List<Integer> denseLayers = IntStream.range(0, s.firstDenseLayers()).boxed().toList();
		switch (s.modelType()) {
			case "mixtral" -> {
				c.put("num_local_experts", s.experts());
				c.put("num_experts_per_tok", s.topK());
				c.put("intermediate_size", s.expertIntermediate());
				c.put("sliding_window", (s.slidingWindow() > 0) ? s.slidingWindow() : null);
			}
			case "qwen2_moe", "qwen3_moe" -> {
				c.put("num_experts", s.experts());
				c.put("num_experts_per_tok", s.topK());
				c.put("moe_intermediate_size", s.expertIntermediate());
				c.put("shared_expert_intermediate_size", s.sharedIntermediate());
				c.put("norm_topk_prob", s.normTopK());
				c.put("decoder_sparse_step", 1);
				c.put("mlp_only_layers", denseLayers);
				c.put("use_sliding_window", false);
				c.put("sliding_window", 4096);
			}
			case "olmoe" -> {
				c.put("num_experts", s.experts());
				c.put("num_experts_per_tok", s.topK());
				c.put("intermediate_size", s.expertIntermediate());
				c.put("norm_topk_prob", s.normTopK());
				c.put("clip_qkv", null);
			}
			case "deepseek" -> {
				c.put("n_routed_experts", s.experts());
				c.put("num_experts_per_tok", s.topK());
				c.put("moe_intermediate_size", s.expertIntermediate());
				c.put("n_shared_experts", s.sharedIntermediate() / s.expertIntermediate());
				c.put("first_k_dense_replace", s.firstDenseLayers());
				c.put("moe_layer_freq", 1);
				c.put("norm_topk_prob", s.normTopK());
				c.put("scoring_func", "softmax");
			}
			case "granitemoe", "granitemoeshared" -> {
				c.put("num_local_experts", s.experts());
				c.put("num_experts_per_tok", s.topK());
				c.put("intermediate_size", s.expertIntermediate());
				c.put("shared_intermediate_size", s.sharedIntermediate());
				c.put("embedding_multiplier", 2.0);
				c.put("residual_multiplier", 0.5);
				c.put("attention_multiplier", 0.2);
				c.put("logits_scaling", 3.0);
			}
			default -> {
				if (s.slidingWindow() > 0) {
					c.put("use_sliding_window", true);
					c.put("sliding_window", s.slidingWindow());
				}
			}
		}
		return JsonMapper.shared().writerWithDefaultPrettyPrinter().writeValueAsString(c);
	}

}
