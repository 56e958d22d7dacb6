package io.cairn.encoders.clip.testing;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import io.cairn.encoders.clip.ClipPreprocessing;
import io.cairn.encoders.clip.OnnxImageEmbedder;

/**
 * A tiny random CLIP-like model written by the test: the vision tower averages the
 * normalised pixels per channel and multiplies by a random {@code 3 x D} matrix; the text
 * tower averages word embeddings (Gather + ReduceMean) and multiplies by the same matrix.
 * Colour words embed as the normalised pixel value of their colour and filler words as
 * zero, so by construction "a photo of red" and a red image get the same vector, while
 * preprocessing mistakes (channel order, normalisation, cropping) break that.
 */
public final class TinyClip {

	public static final int CROP = 16;

	public static final Map<String, Color> COLOURS = new LinkedHashMap<>();

	static {
		COLOURS.put("red", Color.RED);
		COLOURS.put("green", Color.GREEN);
		COLOURS.put("blue", Color.BLUE);
		COLOURS.put("yellow", Color.YELLOW);
		COLOURS.put("white", Color.WHITE);
	}

	public static final String[] FILLER = { "a", "photo", "of", "the", "square" };

	private TinyClip() {
	}

	/**
	 * Writes vision.onnx, text.onnx, tokenizer.json and a preprocessor_config.json with a
	 * 16-pixel crop into {@code dir}.
	 */
	public static Path write(Path dir, int dimensions, long seed) throws IOException {
		Files.createDirectories(dir);
		float[] projection = new float[3 * dimensions];
		Random random = new Random(seed);
		for (int i = 0; i < projection.length; i++) {
			projection[i] = (float) random.nextGaussian();
		}
		vision(projection, dimensions).write(dir.resolve(OnnxImageEmbedder.VISION));
		text(projection, dimensions, dimensions).write(dir.resolve(OnnxImageEmbedder.TEXT));
		Files.writeString(dir.resolve(OnnxImageEmbedder.TOKENIZER), tokenizer());
		Files.writeString(dir.resolve(OnnxImageEmbedder.PREPROCESSOR),
				"{\"size\": {\"shortest_edge\": " + CROP + "}, \"crop_size\": {\"height\": " + CROP + ", \"width\": "
						+ CROP + "}, \"do_center_crop\": true, \"image_mean\": [0.48145466, 0.4578275, 0.40821073],"
						+ " \"image_std\": [0.26862954, 0.26130258, 0.27577711]}");
		return dir;
	}

	public static TinyOnnx vision(float[] projection, int dimensions) {
		return new TinyOnnx().input("pixel_values", TinyOnnx.FLOAT, "batch", 3L, (long) CROP, (long) CROP)
			.floats("w", projection, 3, dimensions)
			.node("ReduceMean", new String[] { "pixel_values" }, "mean", TinyOnnx.ints("axes", 2, 3),
					TinyOnnx.integer("keepdims", 0))
			.node("Gemm", new String[] { "mean", "w" }, "image_embeds")
			.output("image_embeds", TinyOnnx.FLOAT, "batch", (long) dimensions);
	}

	/**
	 * @param outputDimensions columns of the text projection (differs from the vision
	 * tower's only to test the mismatch error)
	 */
	public static TinyOnnx text(float[] projection, int dimensions, int outputDimensions) {
		float[] w = new float[3 * outputDimensions];
		for (int r = 0; r < 3; r++) {
			for (int c = 0; c < outputDimensions; c++) {
				w[r * outputDimensions + c] = projection[r * dimensions + (c % dimensions)];
			}
		}
		return new TinyOnnx().input("input_ids", TinyOnnx.INT64, "batch", "sequence")
			.input("attention_mask", TinyOnnx.INT64, "batch", "sequence")
			.floats("embedding", wordEmbeddings(), vocabulary().size(), 3)
			.floats("w", w, 3, outputDimensions)
			.node("Gather", new String[] { "embedding", "input_ids" }, "tokens")
			.node("ReduceMean", new String[] { "tokens" }, "mean", TinyOnnx.ints("axes", 1),
					TinyOnnx.integer("keepdims", 0))
			.node("Gemm", new String[] { "mean", "w" }, "text_embeds")
			.output("text_embeds", TinyOnnx.FLOAT, "batch", (long) outputDimensions);
	}

	/** The normalised pixel value of a colour, as the preprocessor computes it. */
	public static float[] normalisedColour(Color c) {
		float[] rgb = { c.getRed() / 255f, c.getGreen() / 255f, c.getBlue() / 255f };
		ClipPreprocessing clip = ClipPreprocessing.clipDefaults();
		float[] out = new float[3];
		for (int i = 0; i < 3; i++) {
			out[i] = (rgb[i] - clip.mean()[i]) / clip.std()[i];
		}
		return out;
	}

	private static Map<String, Integer> vocabulary() {
		Map<String, Integer> vocab = new LinkedHashMap<>();
		vocab.put("[UNK]", 0);
		for (String word : FILLER) {
			vocab.put(word, vocab.size());
		}
		for (String colour : COLOURS.keySet()) {
			vocab.put(colour, vocab.size());
		}
		return vocab;
	}

	private static float[] wordEmbeddings() {
		Map<String, Integer> vocab = vocabulary();
		float[] e = new float[vocab.size() * 3];
		COLOURS.forEach((word, colour) -> System.arraycopy(normalisedColour(colour), 0, e, vocab.get(word) * 3, 3));
		return e;
	}

	private static String tokenizer() {
		StringBuilder vocab = new StringBuilder();
		vocabulary().forEach((word,
				id) -> vocab.append(vocab.isEmpty() ? "" : ",").append('"').append(word).append("\":").append(id));
		return "{\"version\":\"1.0\",\"truncation\":null,\"padding\":null,\"added_tokens\":[],"
				+ "\"normalizer\":{\"type\":\"Lowercase\"},\"pre_tokenizer\":{\"type\":\"Whitespace\"},"
				+ "\"post_processor\":null,\"decoder\":null," + "\"model\":{\"type\":\"WordLevel\",\"vocab\":{" + vocab
				+ "},\"unk_token\":\"[UNK]\"}}";
	}

}
