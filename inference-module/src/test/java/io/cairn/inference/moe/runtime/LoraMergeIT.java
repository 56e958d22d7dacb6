package io.cairn.inference.moe.runtime;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.cairn.encoders.onnx.OnnxSessionFactory;
import io.cairn.encoders.onnx.OnnxSettings;
import io.cairn.inference.moe.checkpoint.Checkpoint;
import io.cairn.inference.moe.checkpoint.CheckpointException;
import io.cairn.inference.moe.testing.ReferenceForward;
import io.cairn.inference.moe.testing.SafetensorsWriter;
import io.cairn.inference.moe.testing.TinyCheckpoint;
import io.cairn.inference.moe.testing.TinyModel;
import io.cairn.inference.moe.testing.TinySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A LoRA adapter merged at load time gives the logits of the reference run on
 * {@code W + alpha/r * B A}.
 */
class LoraMergeIT {

	private static final int RANK = 2;

	private static final double ALPHA = 4;

	@Test
	void anAdapterIsMergedIntoTheWeights(@TempDir Path dir) throws Exception {
		TinySpec spec = TinySpec.mixtral();
		TinyModel base = TinyCheckpoint.write(spec, dir.resolve("model"));
		Path adapter = dir.resolve("adapter");
		Files.createDirectories(adapter);
		Files.writeString(adapter.resolve("adapter_config.json"),
				"{\"r\":" + RANK + ",\"lora_alpha\":" + ALPHA + ",\"target_modules\":[\"q_proj\",\"v_proj\"]}");
		Map<String, double[]> merged = new HashMap<>(base.weights());
		SafetensorsWriter writer = new SafetensorsWriter("F32");
		Random random = new Random(5);
		int h = spec.hidden();
		for (int l = 0; l < spec.layers(); l++) {
			for (String proj : List.of("q_proj", "v_proj")) {
				String name = "model.layers." + l + ".self_attn." + proj;
				int out = base.weight(name + ".weight").length / h;
				double[] a = gaussian(random, RANK * h);
				double[] b = gaussian(random, out * RANK);
				writer.put("base_model.model." + name + ".lora_A.weight", a, RANK, h);
				writer.put("base_model.model." + name + ".lora_B.weight", b, out, RANK);
				double[] w = base.weight(name + ".weight").clone();
				for (int i = 0; i < out; i++) {
					for (int j = 0; j < h; j++) {
						double delta = 0;
						for (int r = 0; r < RANK; r++) {
							delta += b[i * RANK + r] * a[r * h + j];
						}
						w[i * h + j] = (float) (w[i * h + j] + (float) (ALPHA / RANK * delta));
					}
				}
				merged.put(name + ".weight", w);
			}
		}
		writer.write(adapter.resolve("adapter_model.safetensors"));
		int[] tokens = { 5, 77, 256, 3, 190, 42, 42, 7 };
		double[][] expected = new ReferenceForward(new TinyModel(spec, merged, base.directory()), 0).logits(tokens);
		double[][] unadapted = new ReferenceForward(base, 0).logits(tokens);
		try (Checkpoint checkpoint = Checkpoint.open(base.directory(), adapter);
				DecoderSession session = DecoderSession.open(checkpoint, new OnnxSessionFactory(OnnxSettings.cpu(1)),
						32, 0)) {
			StepResult result = session.stepAll(List.of(tokens), List.of(session.newCache()));
			for (int t = 0; t < tokens.length; t++) {
				assertThat(DecoderReferenceIT.relativeError(result.logits(0, t), expected[t]))
					.isLessThanOrEqualTo(DecoderReferenceIT.TOLERANCE);
				assertThat(DecoderReferenceIT.relativeError(result.logits(0, t), unadapted[t])).isGreaterThan(1e-2);
			}
		}
	}

	@Test
	void anAdapterForAnotherModelIsRefused(@TempDir Path dir) throws Exception {
		TinyModel base = TinyCheckpoint.write(TinySpec.llama(), dir.resolve("model"));
		Path adapter = dir.resolve("adapter");
		Files.createDirectories(adapter);
		Files.writeString(adapter.resolve("adapter_config.json"), "{\"r\":2,\"lora_alpha\":4}");
		new SafetensorsWriter("F32")
			.put("base_model.model.model.layers.0.self_attn.q_proj.lora_A.weight", new double[2 * 16], 2, 16)
			.put("base_model.model.model.layers.0.self_attn.q_proj.lora_B.weight", new double[32 * 2], 32, 2)
			.write(adapter.resolve("adapter_model.safetensors"));
		assertThatThrownBy(() -> Checkpoint.open(base.directory(), adapter)).isInstanceOf(CheckpointException.class)
			.hasMessageContaining("do not fit");
	}

	private static double[] gaussian(Random random, int n) {
		double[] v = new double[n];
		for (int i = 0; i < n; i++) {
			v[i] = (float) (0.3 * random.nextGaussian());
		}
		return v;
	}

}
