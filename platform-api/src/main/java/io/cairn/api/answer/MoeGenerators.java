package io.cairn.api.answer;

import java.util.Locale;

import io.cairn.api.config.GeneratorProperties;
import io.cairn.core.answer.AnswerGenerator;
import io.cairn.core.answer.UnsupportedSentences;
import io.cairn.encoders.onnx.OnnxDevice;
import io.cairn.inference.moe.MoeChatModel;
import io.cairn.inference.moe.MoeChatOptions;
import io.cairn.inference.moe.MoeSettings;

/** Builds the generator that runs a local checkpoint on Cairn's MoE engine. */
final class MoeGenerators {

	private MoeGenerators() {
	}

	static AnswerGenerator create(GeneratorProperties properties) {
		GeneratorProperties.Moe moe = properties.moe();
		if (moe.modelDir() == null) {
			throw new IllegalStateException("cairn.generator.type=moe needs cairn.generator.moe.model-dir: a directory"
					+ " with config.json, *.safetensors and tokenizer.json of a Mixtral, Qwen-MoE, OLMoE, DeepSeek,"
					+ " Granite-MoE or Llama/Qwen-style checkpoint.");
		}
		MoeSettings defaults = MoeSettings.of(moe.modelDir());
		MoeSettings settings = defaults.withDevice(device(moe.device()), moe.strict())
			.withContext(moe.maxContext(), moe.slidingWindow())
			.withBatching((moe.threads() > 0) ? moe.threads() : defaults.threads(), moe.maxBatch())
			.withLoraAdapter(moe.loraAdapter())
			.withFusedOperators(moe.fusedOperators());
		MoeChatModel model = MoeChatModel.load(settings);
		String name = "moe:" + moe.modelDir().getFileName();
		return new AnswerGenerator(name, model,
				MoeChatOptions.builder()
					.model(name)
					.temperature(0.0)
					.maxTokens(properties.remote().maxTokens())
					.build(),
				properties.contextTokens(), UnsupportedSentences.FLAG);
	}

	private static OnnxDevice device(String device) {
		try {
			return OnnxDevice.valueOf(device.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("cairn.generator.moe.device is '" + device + "'; use cpu or cuda.", ex);
		}
	}

}
