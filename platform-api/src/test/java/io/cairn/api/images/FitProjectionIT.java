package io.cairn.api.images;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.cairn.core.multimodal.LinearProjection;
import io.cairn.encoders.clip.testing.TinyClip;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@code ./cairn fit-projection} on a generated tiny CLIP and the real bundled text
 * encoder: the written projection loads with the two models' dimensions and the held-out
 * cosine is reported; bad input is a clear error before any model work.
 */
class FitProjectionIT {

	@TempDir
	static Path dir;

	private static Path models;

	@BeforeAll
	static void tinyClip() throws IOException {
		models = TinyClip.write(dir.resolve("model"), 8, 5L);
	}

	@Test
	void fitsOnSentencesAndWritesAProjectionIntoTheTextSpace() throws IOException {
		List<String> sentences = new ArrayList<>();
		for (String colour : TinyClip.COLOURS.keySet()) {
			for (String thing : List.of("square", "car", "house", "flower", "boat", "door", "kite", "chair")) {
				sentences.add("a photo of the " + colour + " " + thing);
			}
		}
		Path texts = Files.write(dir.resolve("sentences.txt"), sentences);
		Path out = dir.resolve("projection.bin");
		ByteArrayOutputStream printed = new ByteArrayOutputStream();

		ProjectionFitter.Result result = FitProjection.run(
				FitProjection.Options.parse(new String[] { "--models-dir", models.toString(), "--texts",
						texts.toString(), "--out", out.toString(), "--ridge", "0.1" }),
				new PrintStream(printed, true, StandardCharsets.UTF_8));

		LinearProjection written = LinearProjection.read(out);
		assertThat(written.inputs()).isEqualTo(8);
		assertThat(written.outputs()).isEqualTo(384);
		assertThat(result.heldOut()).isEqualTo(sentences.size() / 10);
		assertThat(result.trained()).isEqualTo(sentences.size() - result.heldOut());
		assertThat(result.heldOutCosine()).isBetween(0.0, 1.0);
		String report = printed.toString(StandardCharsets.UTF_8);
		assertThat(report).contains("(8-d) -> bge-small-en-v1.5 (384-d)")
			.contains(String.format(java.util.Locale.ROOT, "held-out mean cosine: %.4f", result.heldOutCosine()));
		System.out.print(report);
	}

	@Test
	void badInputIsAClearError() throws IOException {
		Path out = dir.resolve("never.bin");
		Path empty = Files.writeString(dir.resolve("empty.txt"), "");
		Path few = Files.write(dir.resolve("few.txt"), List.of("one sentence", "", "another", "one sentence"));
		assertThatIllegalArgumentException().isThrownBy(() -> fit("--texts", empty.toString(), "--out", out.toString()))
			.withMessageContaining("has 0 distinct non-empty line(s)")
			.withMessageContaining("at least " + ProjectionFitter.MIN_SENTENCES);
		assertThatIllegalArgumentException().isThrownBy(() -> fit("--texts", few.toString(), "--out", out.toString()))
			.withMessageContaining("has 2 distinct non-empty line(s)");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> fit("--texts", dir.resolve("missing.txt").toString(), "--out", out.toString()))
			.withMessageContaining("is not a file");
		assertThatIllegalArgumentException().isThrownBy(() -> fit("--texts", few.toString()))
			.withMessage("--out is required");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> fit("--texts", few.toString(), "--out", out.toString(), "--ridge", "-1"))
			.withMessageContaining("--ridge must be a number >= 0");
		assertThatIllegalArgumentException().isThrownBy(() -> fit("--texts")).withMessage("--texts needs a value");
		assertThat(out).doesNotExist();
	}

	private static void fit(String... args) throws IOException {
		List<String> all = new ArrayList<>(List.of("--models-dir", models.toString()));
		all.addAll(List.of(args));
		FitProjection.run(FitProjection.Options.parse(all.toArray(String[]::new)), System.out);
	}

}
