package io.cairn.inference.moe.checkpoint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.cairn.inference.moe.checkpoint.ModelConfig.MoeConfig;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a Hugging Face {@code config.json} into a {@link ModelConfig}, refusing what the
 * engine does not implement with a message that names the field.
 */
public final class ConfigParser {

	static final String SUPPORTED = "llama, mistral, qwen2, qwen3 (dense); mixtral, qwen2_moe, qwen3_moe, olmoe, "
			+ "deepseek, granitemoe, granitemoeshared (MoE)";

	private ConfigParser() {
	}

	/**
	 * Parses {@code config.json} (and {@code generation_config.json} for the stop
	 * tokens).
	 */
	public static ModelConfig parse(Path directory) {
		Path file = directory.resolve("config.json");
		if (!Files.isRegularFile(file)) {
			throw new CheckpointException("No config.json in " + directory);
		}
		JsonNode config = readJson(file);
		Path generation = directory.resolve("generation_config.json");
		JsonNode generationConfig = Files.isRegularFile(generation) ? readJson(generation) : null;
		return parse(config, generationConfig);
	}

	static JsonNode readJson(Path file) {
		try {
			return JsonMapper.shared().readTree(Files.readString(file));
		}
		catch (IOException | RuntimeException ex) {
			throw new CheckpointException("Cannot parse " + file + ": " + ex.getMessage(), ex);
		}
	}

	static ModelConfig parse(JsonNode c, @Nullable JsonNode generation) {
		String type = c.path("model_type").asString("");
		Family family = switch (type) {
			case "llama", "mistral", "qwen2", "qwen3" -> Family.LLAMA;
			case "mixtral" -> Family.MIXTRAL;
			case "qwen2_moe", "qwen3_moe", "olmoe" -> Family.QWEN_MOE;
			case "deepseek" -> Family.DEEPSEEK;
			case "granitemoe", "granitemoeshared" -> Family.GRANITE;
			case "deepseek_v2", "deepseek_v3" -> throw new CheckpointException("model_type " + type
					+ " uses multi-head latent attention (kv_lora_rank) and sigmoid/group routing, which this engine "
					+ "does not implement; supported are " + SUPPORTED);
			default -> throw new CheckpointException("Unsupported model_type '" + type + "' (architectures "
					+ c.path("architectures") + "); supported are " + SUPPORTED);
		};
		refuseUnsupported(c, type);
		int hidden = required(c, "hidden_size");
		int heads = required(c, "num_attention_heads");
		int kvHeads = c.path("num_key_value_heads").asInt(heads);
		int headDim = c.path("head_dim").isNumber() ? c.path("head_dim").asInt() : hidden / heads;
		int layers = required(c, "num_hidden_layers");
		if (kvHeads <= 0 || heads % kvHeads != 0) {
			throw new CheckpointException("num_attention_heads " + heads + " is not a multiple of num_key_value_heads "
					+ kvHeads + " in config.json");
		}
		double attentionScale = c.path("attention_multiplier").isNumber() ? c.path("attention_multiplier").asDouble()
				: 1.0 / Math.sqrt(headDim);
		boolean window = type.equals("mistral") || type.equals("mixtral") || c.path("use_sliding_window").asBoolean();
		int slidingWindow = window ? c.path("sliding_window").asInt(0) : 0;
		return new ModelConfig(family, type, required(c, "vocab_size"), hidden, layers, heads, kvHeads, headDim,
				c.path("intermediate_size").asInt(0), c.path("rms_norm_eps").asDouble(1e-6),
				c.path("rope_theta").asDouble(10000.0), c.path("max_position_embeddings").asInt(4096),
				c.path("tie_word_embeddings").asBoolean(false), c.path("embedding_multiplier").asDouble(1.0),
				c.path("residual_multiplier").asDouble(1.0), attentionScale, c.path("logits_scaling").asDouble(1.0),
				slidingWindow, eosTokens(c, generation), moe(c, type, layers));
	}

	private static void refuseUnsupported(JsonNode c, String type) {
		String act = c.path("hidden_act").asString("silu");
		if (!act.equals("silu")) {
			throw new CheckpointException("hidden_act '" + act + "' is not supported (only silu, i.e. SwiGLU MLPs)");
		}
		JsonNode scaling = c.path("rope_scaling");
		if (!scaling.isMissingNode() && !scaling.isNull()) {
			String kind = scaling.path("rope_type").asString(scaling.path("type").asString("?"));
			if (!kind.equals("default")) {
				throw new CheckpointException("rope_scaling of type '" + kind + "' is not supported");
			}
		}
		if (c.path("partial_rotary_factor").asDouble(1.0) != 1.0) {
			throw new CheckpointException("partial_rotary_factor " + c.path("partial_rotary_factor")
					+ " is not supported (rotary embeddings over the whole head only)");
		}
		if (c.path("clip_qkv").isNumber()) {
			throw new CheckpointException("clip_qkv is not supported");
		}
		String scoring = c.path("scoring_func").asString("softmax");
		if (!scoring.equals("softmax")) {
			throw new CheckpointException("scoring_func '" + scoring + "' is not supported (softmax routing only)");
		}
		if (c.path("topk_method").isString() && !c.path("topk_method").asString().equals("greedy")) {
			throw new CheckpointException("topk_method '" + c.path("topk_method").asString() + "' is not supported");
		}
		if (type.equals("deepseek") && c.path("routed_scaling_factor").asDouble(1.0) != 1.0) {
			throw new CheckpointException("routed_scaling_factor other than 1 is not supported");
		}
	}

	private static @Nullable MoeConfig moe(JsonNode c, String type, int layers) {
		boolean[] moeLayers = new boolean[layers];
		return switch (type) {
			case "mixtral" -> {
				java.util.Arrays.fill(moeLayers, true);
				yield new MoeConfig(required(c, "num_local_experts"), required(c, "num_experts_per_tok"),
						required(c, "intermediate_size"), true, 0, false, moeLayers);
			}
			case "granitemoe", "granitemoeshared" -> {
				java.util.Arrays.fill(moeLayers, true);
				yield new MoeConfig(required(c, "num_local_experts"), required(c, "num_experts_per_tok"),
						required(c, "intermediate_size"), true, c.path("shared_intermediate_size").asInt(0), false,
						moeLayers);
			}
			case "olmoe" -> {
				java.util.Arrays.fill(moeLayers, true);
				yield new MoeConfig(required(c, "num_experts"), required(c, "num_experts_per_tok"),
						required(c, "intermediate_size"), c.path("norm_topk_prob").asBoolean(false), 0, false,
						moeLayers);
			}
			case "qwen2_moe", "qwen3_moe" -> {
				Set<Integer> denseOnly = new java.util.HashSet<>();
				c.path("mlp_only_layers").forEach((n) -> denseOnly.add(n.asInt()));
				int step = c.path("decoder_sparse_step").asInt(1);
				for (int l = 0; l < layers; l++) {
					moeLayers[l] = !denseOnly.contains(l) && (l + 1) % step == 0;
				}
				int shared = type.equals("qwen2_moe") ? c.path("shared_expert_intermediate_size").asInt(0) : 0;
				yield new MoeConfig(required(c, "num_experts"), required(c, "num_experts_per_tok"),
						required(c, "moe_intermediate_size"), c.path("norm_topk_prob").asBoolean(false), shared,
						shared > 0, moeLayers);
			}
			case "deepseek" -> {
				int firstDense = c.path("first_k_dense_replace").asInt(0);
				int frequency = c.path("moe_layer_freq").asInt(1);
				for (int l = 0; l < layers; l++) {
					moeLayers[l] = l >= firstDense && l % frequency == 0;
				}
				int expertSize = required(c, "moe_intermediate_size");
				yield new MoeConfig(required(c, "n_routed_experts"), required(c, "num_experts_per_tok"), expertSize,
						c.path("norm_topk_prob").asBoolean(false), c.path("n_shared_experts").asInt(0) * expertSize,
						false, moeLayers);
			}
			default -> null;
		};
	}

	private static List<Integer> eosTokens(JsonNode config, @Nullable JsonNode generation) {
		List<Integer> ids = new ArrayList<>();
		JsonNode node = (generation != null && !generation.path("eos_token_id").isMissingNode())
				? generation.path("eos_token_id") : config.path("eos_token_id");
		if (node.isArray()) {
			node.forEach((n) -> ids.add(n.asInt()));
		}
		else if (node.isNumber()) {
			ids.add(node.asInt());
		}
		return List.copyOf(ids);
	}

	private static int required(JsonNode config, String field) {
		JsonNode node = config.path(field);
		if (!node.isNumber() || node.asInt() <= 0) {
			throw new CheckpointException("config.json has no positive " + field + " (model_type "
					+ config.path("model_type").asString("?") + ")");
		}
		return node.asInt();
	}

}
