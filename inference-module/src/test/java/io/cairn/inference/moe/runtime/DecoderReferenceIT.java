package io.cairn.inference.moe.runtime;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import io.cairn.encoders.onnx.OnnxSessionFactory;
import io.cairn.encoders.onnx.OnnxSettings;
import io.cairn.inference.moe.checkpoint.Checkpoint;
import io.cairn.inference.moe.testing.ReferenceForward;
import io.cairn.inference.moe.testing.TinyCheckpoint;
import io.cairn.inference.moe.testing.TinyModel;
import io.cairn.inference.moe.testing.TinySpec;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine's logits equal a float64 reference forward pass of the same generated
 * checkpoint, for the prefill and for 32 cached decode steps, over several families and
 * shapes; and the experts the reference did not route to did no work in the engine.
 */
class DecoderReferenceIT {

	private static final Logger logger = LoggerFactory.getLogger(DecoderReferenceIT.class);

	static final double TOLERANCE = 1e-4;

	static Stream<Arguments> shapes() {
		return Stream
			.of(TinySpec.mixtral(), TinySpec.qwen2Moe(), TinySpec.olmoe(), TinySpec.deepseek(), TinySpec.granite(),
					TinySpec.qwen3Moe(), TinySpec.llama(), TinySpec.llama().withSlidingWindow(5))
			.flatMap((spec) -> Stream.of(Arguments.of(spec, false), Arguments.of(spec, true)));
	}

	@ParameterizedTest(name = "{0} fused={1}")
	@MethodSource("shapes")
	void prefillAndDecodeMatchTheReference(TinySpec spec, boolean fused, @TempDir Path dir) throws Exception {
		TinyModel model = TinyCheckpoint.write(spec, dir);
		long seed = spec.seed() * 31 + 7;
		logger.info("{}: prompt seed {}", spec.modelType(), seed);
		Random random = new Random(seed);
		int promptLength = 6;
		int steps = 32;
		List<Integer> sequence = new ArrayList<>();
		for (int i = 0; i < promptLength + steps; i++) {
			sequence.add(random.nextInt(TinySpec.VOCAB));
		}
		int[] all = sequence.stream().mapToInt(Integer::intValue).toArray();
		ReferenceForward reference = new ReferenceForward(model, spec.slidingWindow());
		double[][] expected = reference.logits(all);
		try (Checkpoint checkpoint = Checkpoint.open(dir, null);
				DecoderSession session = DecoderSession.open(checkpoint, new OnnxSessionFactory(OnnxSettings.cpu(1)),
						64, 0, fused)) {
			assertThat(session.fusedOperators()).isEqualTo(fused);
			KvCache cache = session.newCache();
			StepResult prefill = session.stepAll(List.of(java.util.Arrays.copyOf(all, promptLength)), List.of(cache));
			double worst = 0;
			long[] rows = prefill.expertRows();
			for (int t = 0; t < promptLength; t++) {
				worst = Math.max(worst, relativeError(prefill.logits(0, t), expected[t]));
			}
			double prefillError = worst;
			for (int step = 0; step < steps; step++) {
				int position = promptLength + step;
				if (step % 5 == 4) {
					// now and then the cache goes back to Java (and is trimmed to the
					// window):
					// the next step packs it again instead of reusing ONNX Runtime's
					// outputs
					session.release();
				}
				StepResult result = session.step(List.of(new int[] { all[position] }), List.of(cache));
				worst = Math.max(worst, relativeError(result.lastLogits(0), expected[position]));
				long[] stepRows = result.expertRows();
				for (int i = 0; i < rows.length; i++) {
					rows[i] += stepRows[i];
				}
			}
			logger.info("{} (fused operators {}): max relative error prefill {}, with 32 decode steps {}",
					spec.modelType(), fused, prefillError, worst);
			assertThat(worst).isLessThanOrEqualTo(TOLERANCE);
			if (spec.isMoe()) {
				long[] referenceRows = java.util.Arrays.stream(reference.expertTokens())
					.flatMapToLong(java.util.Arrays::stream)
					.toArray();
				logger.info("{}: expert rows engine {} reference {}", spec.modelType(), java.util.Arrays.toString(rows),
						java.util.Arrays.toString(referenceRows));
				assertThat(rows).containsExactly(referenceRows);
				assertThat(java.util.Arrays.stream(rows).sum()).as("rows = tokens x top-k x MoE layers")
					.isEqualTo((long) all.length * spec.topK() * referenceRows.length / spec.experts());
			}
		}
	}

	@ParameterizedTest(name = "fused={0}")
	@org.junit.jupiter.params.provider.ValueSource(booleans = { false, true })
	void longPromptsArePrefilledInChunksWithTheSameLogits(boolean fused, @TempDir Path dir) throws Exception {
		TinySpec spec = TinySpec.qwen2Moe();
		TinyModel model = TinyCheckpoint.write(spec, dir);
		Random random = new Random(99);
		int[] longer = random.ints(13, 0, TinySpec.VOCAB).toArray();
		int[] shorter = random.ints(6, 0, TinySpec.VOCAB).toArray();
		ReferenceForward reference = new ReferenceForward(model, 0);
		double[][] expectedLonger = reference.logits(longer);
		double[][] expectedShorter = reference.logits(shorter);
		try (Checkpoint checkpoint = Checkpoint.open(dir, null);
				DecoderSession session = DecoderSession.open(checkpoint, new OnnxSessionFactory(OnnxSettings.cpu(1)),
						64, 0, fused)) {
			session.setPrefillChunk(4);
			KvCache a = session.newCache();
			KvCache b = session.newCache();
			StepResult result = session.step(List.of(longer, shorter), List.of(a, b));
			assertThat(relativeError(result.lastLogits(0), expectedLonger[12])).isLessThanOrEqualTo(TOLERANCE);
			assertThat(relativeError(result.lastLogits(1), expectedShorter[5])).isLessThanOrEqualTo(TOLERANCE);
			assertThat(a.nextPosition()).isEqualTo(13);
			assertThat(b.nextPosition()).isEqualTo(6);
			// 19 real tokens, each sent to top-k experts in every MoE layer; the padding
			// of
			// the shorter prompt in the second chunk is sent to none
			assertThat(java.util.Arrays.stream(result.expertRows()).sum())
				.isEqualTo(19L * spec.topK() * (spec.layers() - spec.firstDenseLayers()));
		}
	}

	/** Largest absolute difference over the largest reference magnitude. */
	static double relativeError(float[] actual, double[] expected) {
		double diff = 0;
		double scale = 0;
		for (int i = 0; i < expected.length; i++) {
			diff = Math.max(diff, Math.abs(actual[i] - expected[i]));
			scale = Math.max(scale, Math.abs(expected[i]));
		}
		return diff / scale;
	}

}
