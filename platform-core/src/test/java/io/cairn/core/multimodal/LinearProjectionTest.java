package io.cairn.core.multimodal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIOException;
import static org.assertj.core.api.Assertions.within;

class LinearProjectionTest {

	private static final long SEED = 20261122L;

	@TempDir
	Path dir;

	@Test
	void recoversAKnownAffineMapFromNoisyPairs() {
		Random random = new Random(SEED);
		int in = 8;
		int out = 5;
		float[][] w = new float[out][in];
		float[] b = new float[out];
		for (int k = 0; k < out; k++) {
			b[k] = (float) random.nextGaussian();
			for (int i = 0; i < in; i++) {
				w[k][i] = (float) random.nextGaussian();
			}
		}
		LinearProjection truth = new LinearProjection(w, b);
		List<float[]> xs = new ArrayList<>();
		List<float[]> ys = new ArrayList<>();
		for (int s = 0; s < 500; s++) {
			float[] x = new float[in];
			for (int i = 0; i < in; i++) {
				x[i] = (float) random.nextGaussian();
			}
			float[] y = truth.apply(x);
			for (int k = 0; k < out; k++) {
				y[k] += (float) (0.01 * random.nextGaussian());
			}
			xs.add(x);
			ys.add(y);
		}
		LinearProjection fitted = LinearProjection.fit(xs, ys, 1e-3);
		assertThat(fitted.inputs()).isEqualTo(in);
		assertThat(fitted.outputs()).isEqualTo(out);
		float[] probe = { 1, -2, 0.5f, 0, 3, -1, 0.25f, 2 };
		assertThat(fitted.apply(probe)).as("seed %d", SEED).containsExactly(truth.apply(probe), within(0.02f));
		assertThat(fitted.apply(new float[in])).containsExactly(b, within(0.01f));
	}

	@Test
	void ridgeMakesTooFewPairsSolvableAndItsAbsenceIsAClearError() {
		List<float[]> xs = List.of(new float[] { 1, 0, 0 }, new float[] { 0, 1, 0 });
		List<float[]> ys = List.of(new float[] { 1 }, new float[] { -1 });
		assertThatIllegalArgumentException().isThrownBy(() -> LinearProjection.fit(xs, ys, 0))
			.withMessageContaining("ridge");
		LinearProjection fitted = LinearProjection.fit(xs, ys, 0.01);
		assertThat(fitted.apply(xs.get(0))[0]).isGreaterThan(0.9f);
		assertThat(fitted.apply(xs.get(1))[0]).isLessThan(-0.9f);
		assertThatIllegalArgumentException().isThrownBy(() -> LinearProjection.fit(xs, List.of(), 0.1));
	}

	@Test
	void writesAndReadsTheSameProjection() throws IOException {
		LinearProjection p = new LinearProjection(new float[][] { { 1, 2, 3 }, { -4, 5.5f, 6 } },
				new float[] { 0.5f, -0.25f });
		Path file = this.dir.resolve("projection.bin");
		p.write(file);
		LinearProjection read = LinearProjection.read(file);
		float[] x = { 0.3f, -1, 2 };
		assertThat(read.apply(x)).containsExactly(p.apply(x));
		assertThatIllegalArgumentException().isThrownBy(() -> read.apply(new float[2])).withMessageContaining("3");
	}

	@Test
	void rejectsFilesThatAreNotProjections() throws IOException {
		Path text = Files.writeString(this.dir.resolve("not.bin"), "hello world, not a projection");
		assertThatIOException().isThrownBy(() -> LinearProjection.read(text)).withMessageContaining("magic");
		Path file = this.dir.resolve("p.bin");
		LinearProjection.identity(4).write(file);
		byte[] bytes = Files.readAllBytes(file);
		Path truncated = Files.write(this.dir.resolve("t.bin"), java.util.Arrays.copyOf(bytes, bytes.length - 3));
		assertThatIOException().isThrownBy(() -> LinearProjection.read(truncated)).withMessageContaining("truncated");
		assertThatIOException().isThrownBy(() -> LinearProjection.read(this.dir.resolve("missing.bin")));
	}

}
