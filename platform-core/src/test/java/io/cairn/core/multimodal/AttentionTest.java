package io.cairn.core.multimodal;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class AttentionTest {

	private static final float[] QUERY = { 1, 0, 0 };

	private static final List<float[]> KEYS = List.of(new float[] { 0.9f, 0.1f, 0 }, new float[] { 0, 1, 0 },
			new float[] { -1, 0, 0.2f }, new float[] { 0.5f, 0.5f, 0.5f });

	@Test
	void weightsSumToOneAndFollowSimilarity() {
		double[] w = AttentionWeights.of(QUERY, KEYS, 0.1);
		assertThat(Arrays.stream(w).sum()).isCloseTo(1.0, within(1e-12));
		// cosines: 0.994, 0, -0.981, 0.577
		assertThat(w[0]).isGreaterThan(w[3]);
		assertThat(w[3]).isGreaterThan(w[1]);
		assertThat(w[1]).isGreaterThan(w[2]);
	}

	@Test
	void smallTemperaturePicksTheMostSimilarKeyAndLargeSpreadsEvenly() {
		double[] sharp = AttentionWeights.of(QUERY, KEYS, 1e-4);
		assertThat(sharp[0]).isCloseTo(1.0, within(1e-9));
		double[] flat = AttentionWeights.of(QUERY, KEYS, 1e4);
		for (double w : flat) {
			assertThat(w).isCloseTo(0.25, within(1e-3));
		}
	}

	@Test
	void exactSoftmaxOfCosines() {
		float[] q = { 1, 0 };
		List<float[]> keys = List.of(new float[] { 1, 0 }, new float[] { 0, 2 });
		double[] w = AttentionWeights.of(q, keys, 0.5);
		// cos = 1 and 0; softmax(2, 0) = e^2 / (e^2 + 1)
		assertThat(w[0]).isCloseTo(Math.exp(2) / (Math.exp(2) + 1), within(1e-12));
	}

	@Test
	void rejectsBadTemperatureAndNoKeys() {
		assertThatIllegalArgumentException().isThrownBy(() -> AttentionWeights.of(QUERY, KEYS, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> AttentionWeights.of(QUERY, KEYS, Double.NaN));
		assertThatIllegalArgumentException().isThrownBy(() -> AttentionWeights.of(QUERY, List.of(), 1));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AttentionWeights.of(QUERY, List.of(new float[] { 1, 0 }), 1));
	}

	@Test
	void fusedVectorIsUnitAndMovesTowardTheAttendedImage() {
		float[] text = Vectors.normalize(new float[] { 1, 1, 0 });
		float[] near = Vectors.normalize(new float[] { 1, 0.2f, 0 });
		float[] far = Vectors.normalize(new float[] { 0, -1, 1 });
		float[] fused = new CrossModalAligner(0.05, 0.5).fuse(text, List.of(near, far));
		assertThat(Vectors.norm(fused)).isCloseTo(1.0, within(1e-6));
		assertThat(Vectors.cosine(fused, near)).isGreaterThan(Vectors.cosine(text, near));
		// with a sharp temperature the dissimilar image gets almost no weight
		float[] nearOnly = new float[3];
		for (int i = 0; i < 3; i++) {
			nearOnly[i] = text[i] + 0.5f * near[i];
		}
		assertThat(fused).containsExactly(Vectors.normalize(nearOnly), within(1e-3f));
		// exact value: t + 0.5 * (w_near * near + w_far * far), normalised
		double[] w = AttentionWeights.of(text, List.of(near, far), 0.05);
		float[] expected = new float[3];
		for (int i = 0; i < 3; i++) {
			expected[i] = (float) (text[i] + 0.5 * (w[0] * near[i] + w[1] * far[i]));
		}
		assertThat(fused).containsExactly(Vectors.normalize(expected), within(1e-6f));
	}

	@Test
	void noImagesOrZeroLambdaLeavesTheVector() {
		float[] text = { 0.6f, 0.8f };
		assertThat(new CrossModalAligner(0.1, 0.5).fuse(text, List.of())).isSameAs(text);
		assertThat(new CrossModalAligner(0.1, 0).fuse(text, List.of(new float[] { 1, 0 }))).isSameAs(text);
		assertThatIllegalArgumentException().isThrownBy(() -> new CrossModalAligner(0.1, -1));
	}

	@Test
	void temporalPoolingDownweightsTheOddFrame() {
		float[] a = Vectors.normalize(new float[] { 1, 0.1f, 0 });
		float[] b = Vectors.normalize(new float[] { 1, -0.1f, 0 });
		float[] odd = { 0, 0, 1 };
		List<float[]> frames = List.of(a, b, odd);
		float[] pooled = new TemporalAttentionPooling(0.1).pool(frames, null);
		assertThat(Vectors.norm(pooled)).isCloseTo(1.0, within(1e-6));
		// a plain mean keeps a third of the odd frame; attention keeps much less
		assertThat(Vectors.cosine(pooled, odd)).isLessThan(0.1);
		// a query selects the frame it matches
		float[] selected = new TemporalAttentionPooling(1e-4).pool(frames, new float[] { 0, 0.1f, 1 });
		assertThat(selected).containsExactly(odd, within(1e-6f));
		assertThatIllegalArgumentException().isThrownBy(() -> new TemporalAttentionPooling(1).pool(List.of(), null));
	}

}
