package io.cairn.encoders.clip;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.cairn.core.media.ScanFixtures;
import io.cairn.encoders.clip.testing.TinyClip;
import io.cairn.encoders.onnx.OnnxSessionFactory;
import io.cairn.encoders.onnx.OnnxSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class OnnxImageEmbedderTest {

	private static final long SEED = 7L;

	private static final int DIMENSIONS = 6;

	private final OnnxSessionFactory sessions = new OnnxSessionFactory(OnnxSettings.cpu(1));

	@TempDir
	Path dir;

	@Test
	void aColourImageAndItsNameGetTheSameUnitVector() throws IOException {
		try (OnnxImageEmbedder embedder = OnnxImageEmbedder.load(TinyClip.write(this.dir, DIMENSIONS, SEED),
				this.sessions)) {
			assertThat(embedder.dimensions()).isEqualTo(DIMENSIONS);
			for (var colour : TinyClip.COLOURS.entrySet()) {
				float[] image = embedder.embedImage(filled(40, 30, colour.getValue()));
				float[] text = embedder.embedText("A photo of " + colour.getKey());
				assertThat(norm(image)).isCloseTo(1.0, within(1e-5));
				assertThat(image).as(colour.getKey()).containsExactly(text, within(1e-5f));
			}
			assertThat(cos(embedder.embedText("red"), embedder.embedText("blue"))).isLessThan(0.99);
		}
	}

	@Test
	void theCentreCropDropsTheMarginsOfAWideImage() throws IOException {
		// 64x32: left quarter red, the rest blue; resize to 32x16, centre crop 16x16
		// keeps original columns 16..48, all blue
		BufferedImage wide = filled(64, 32, Color.BLUE);
		Graphics2D g = wide.createGraphics();
		g.setColor(Color.RED);
		g.fillRect(0, 0, 14, 32);
		g.dispose();
		try (OnnxImageEmbedder embedder = OnnxImageEmbedder.load(TinyClip.write(this.dir, DIMENSIONS, SEED),
				this.sessions)) {
			float[] v = embedder.embedImage(wide);
			assertThat(cos(v, embedder.embedText("blue"))).isGreaterThan(0.999);
			// a square half-red image is not blue: the crop, not the model, removed red
			BufferedImage half = filled(32, 32, Color.BLUE);
			Graphics2D h = half.createGraphics();
			h.setColor(Color.RED);
			h.fillRect(0, 0, 16, 32);
			h.dispose();
			assertThat(cos(embedder.embedImage(half), embedder.embedText("blue"))).isLessThan(0.99);
		}
	}

	@Test
	void missingDirectoryAndFilesAreNamed() throws IOException {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> OnnxImageEmbedder.load(this.dir.resolve("nope"), this.sessions))
			.withMessageContaining("does not exist");
		TinyClip.write(this.dir, DIMENSIONS, SEED);
		Files.delete(this.dir.resolve(OnnxImageEmbedder.TOKENIZER));
		assertThatIllegalArgumentException().isThrownBy(() -> OnnxImageEmbedder.load(this.dir, this.sessions))
			.withMessageContaining("has no tokenizer.json");
	}

	@Test
	void aCropThatDoesNotFitTheVisionTowerIsRejected() throws IOException {
		TinyClip.write(this.dir, DIMENSIONS, SEED);
		Files.writeString(this.dir.resolve(OnnxImageEmbedder.PREPROCESSOR), "{\"crop_size\": 20, \"size\": 20}");
		assertThatIllegalArgumentException().isThrownBy(() -> OnnxImageEmbedder.load(this.dir, this.sessions))
			.withMessageContaining("crop_size")
			.withMessageContaining("16");
	}

	@Test
	void towersOfDifferentLengthsAreNotOneSpace() throws IOException {
		TinyClip.write(this.dir, DIMENSIONS, SEED);
		float[] projection = new float[3 * DIMENSIONS];
		java.util.Arrays.fill(projection, 1f);
		TinyClip.text(projection, DIMENSIONS, DIMENSIONS + 2).write(this.dir.resolve(OnnxImageEmbedder.TEXT));
		assertThatIllegalArgumentException().isThrownBy(() -> OnnxImageEmbedder.load(this.dir, this.sessions))
			.withMessageContaining("not one space");
	}

	@Test
	void aTextTowerWithUnknownInputsIsRejected() throws IOException {
		TinyClip.write(this.dir, DIMENSIONS, SEED);
		// the vision graph has a pixel_values input, not input_ids
		TinyClip.vision(new float[3 * DIMENSIONS], DIMENSIONS).write(this.dir.resolve(OnnxImageEmbedder.TEXT));
		assertThatIllegalArgumentException().isThrownBy(() -> OnnxImageEmbedder.load(this.dir, this.sessions))
			.withMessageContaining("input_ids");
	}

	static BufferedImage filled(int width, int height, Color colour) {
		return ScanFixtures.flatImage(width, height, colour);
	}

	static double cos(float[] a, float[] b) {
		double dot = 0;
		for (int i = 0; i < a.length; i++) {
			dot += (double) a[i] * b[i];
		}
		return dot / (norm(a) * norm(b));
	}

	static double norm(float[] a) {
		double s = 0;
		for (float x : a) {
			s += (double) x * x;
		}
		return Math.sqrt(s);
	}

}
