package io.cairn.encoders.text;

import java.nio.FloatBuffer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class PoolingTest {

	// batch 2, sequence length 3, hidden size 2; row 1 has 2 real tokens and one padding
	// position
	private final FloatBuffer hidden = FloatBuffer.wrap(new float[] { 1, 2, 3, 4, 5, 6, // row
																						// 0
			10, 20, 30, 40, 1000, -1000 // row 1, last position is padding
	});

	@Test
	void clsTakesTheFirstTokenOfTheRow() {
		assertThat(Pooling.CLS.pool(this.hidden, 0, 3, 2, 3)).containsExactly(1, 2);
		assertThat(Pooling.CLS.pool(this.hidden, 1, 3, 2, 2)).containsExactly(10, 20);
	}

	@Test
	void meanAveragesOnlyTheRealTokens() {
		assertThat(Pooling.MEAN.pool(this.hidden, 0, 3, 2, 3)).containsExactly(3, 4);
		assertThat(Pooling.MEAN.pool(this.hidden, 1, 3, 2, 2)).containsExactly(20, 30);
	}

	@Test
	void rejectsTokenCountsOutsideTheSequence() {
		assertThatIllegalArgumentException().isThrownBy(() -> Pooling.MEAN.pool(this.hidden, 0, 3, 2, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> Pooling.MEAN.pool(this.hidden, 0, 3, 2, 4));
	}

	@Test
	void normalizeScalesToUnitLength() {
		float[] vector = Pooling.normalize(new float[] { 3, 4 });
		assertThat(vector[0]).isCloseTo(0.6f, within(1e-7f));
		assertThat(vector[1]).isCloseTo(0.8f, within(1e-7f));
		assertThat(Pooling.normalize(new float[] { 0, 0 })).containsExactly(0, 0);
	}

}
