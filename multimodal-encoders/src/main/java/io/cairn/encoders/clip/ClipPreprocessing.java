package io.cairn.encoders.clip;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Arrays;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * How an image becomes the vision tower's {@code pixel_values}, as in a Hugging Face
 * {@code preprocessor_config.json}: resize so the shortest edge is {@code shortestEdge}
 * (bicubic), crop the centre to {@code cropHeight x cropWidth}, scale to 0..1, subtract
 * the mean and divide by the standard deviation per RGB channel. Output is channels
 * first.
 *
 * @param shortestEdge resize target of the shortest edge, or 0 to resize straight to the
 * crop size
 * @param cropHeight height fed to the model
 * @param cropWidth width fed to the model
 * @param mean per-channel mean (RGB) after scaling to 0..1
 * @param std per-channel standard deviation (RGB)
 */
public record ClipPreprocessing(int shortestEdge, int cropHeight, int cropWidth, float[] mean, float[] std) {

	/** OpenAI CLIP's normalisation constants. */
	static final float[] CLIP_MEAN = { 0.48145466f, 0.4578275f, 0.40821073f };

	static final float[] CLIP_STD = { 0.26862954f, 0.26130258f, 0.27577711f };

	private static final int MAX_SIDE = 4096;

	public ClipPreprocessing {
		if (shortestEdge < 0 || shortestEdge > MAX_SIDE || cropHeight < 1 || cropHeight > MAX_SIDE || cropWidth < 1
				|| cropWidth > MAX_SIDE) {
			throw new IllegalArgumentException("implausible image sizes: shortest edge " + shortestEdge + ", crop "
					+ cropHeight + "x" + cropWidth);
		}
		if (mean.length != 3 || std.length != 3) {
			throw new IllegalArgumentException("image_mean and image_std need 3 (RGB) values each");
		}
		for (float s : std) {
			if (!(s > 0)) {
				throw new IllegalArgumentException("image_std values must be > 0, got " + Arrays.toString(std));
			}
		}
	}

	/** OpenAI CLIP ViT-B/32: shortest edge 224, centre crop 224, CLIP mean and std. */
	public static ClipPreprocessing clipDefaults() {
		return new ClipPreprocessing(224, 224, 224, CLIP_MEAN, CLIP_STD);
	}

	/**
	 * Reads {@code size}, {@code crop_size}, {@code do_center_crop}, {@code image_mean}
	 * and {@code image_std}; what is missing keeps the CLIP default.
	 */
	public static ClipPreprocessing read(Path file) {
		JsonNode json;
		try {
			json = new ObjectMapper().readTree(file.toFile());
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("Cannot read " + file + ": " + ex.getOriginalMessage(), ex);
		}
		ClipPreprocessing d = clipDefaults();
		int[] size = size(json.get("size"), d.shortestEdge(), d.shortestEdge());
		boolean crop = !json.has("do_center_crop") || json.get("do_center_crop").asBoolean();
		int[] cropSize = crop ? size(json.get("crop_size"), size[1], size[2]) : new int[] { 0, size[1], size[2] };
		// "size" as {height, width} (SigLIP) resizes straight to that size: no shortest
		// edge step
		int shortest = crop ? size[0] : 0;
		return new ClipPreprocessing(shortest, cropSize[1], cropSize[2], floats(json.get("image_mean"), d.mean()),
				floats(json.get("image_std"), d.std()));
	}

	/** {@code [shortestEdge or 0, height, width]} of an int or an object size. */
	private static int[] size(JsonNode node, int height, int width) {
		if (node == null || node.isNull()) {
			return new int[] { height, height, width };
		}
		if (node.isInt()) {
			return new int[] { node.asInt(), node.asInt(), node.asInt() };
		}
		if (node.has("shortest_edge")) {
			int s = node.get("shortest_edge").asInt();
			return new int[] { s, s, s };
		}
		if (node.has("height") && node.has("width")) {
			return new int[] { 0, node.get("height").asInt(), node.get("width").asInt() };
		}
		throw new IllegalArgumentException("Unsupported image size in preprocessor_config.json: " + node);
	}

	private static float[] floats(JsonNode node, float[] fallback) {
		if (node == null || node.isNull()) {
			return fallback;
		}
		if (node.isNumber()) {
			float v = node.floatValue();
			return new float[] { v, v, v };
		}
		float[] out = new float[node.size()];
		for (int i = 0; i < out.length; i++) {
			out[i] = node.get(i).floatValue();
		}
		return out;
	}

	/**
	 * The model input for one image: {@code [3, cropHeight, cropWidth]}, channels first.
	 */
	public float[] pixels(BufferedImage image) {
		BufferedImage cropped = crop(resize(image));
		int h = this.cropHeight;
		int w = this.cropWidth;
		float[] out = new float[3 * h * w];
		int plane = h * w;
		for (int y = 0; y < h; y++) {
			for (int x = 0; x < w; x++) {
				int rgb = cropped.getRGB(x, y);
				int i = y * w + x;
				out[i] = (((rgb >> 16) & 0xff) / 255f - this.mean[0]) / this.std[0];
				out[plane + i] = (((rgb >> 8) & 0xff) / 255f - this.mean[1]) / this.std[1];
				out[2 * plane + i] = ((rgb & 0xff) / 255f - this.mean[2]) / this.std[2];
			}
		}
		return out;
	}

	private BufferedImage resize(BufferedImage image) {
		int w = image.getWidth();
		int h = image.getHeight();
		int targetW;
		int targetH;
		if (this.shortestEdge == 0) {
			targetW = this.cropWidth;
			targetH = this.cropHeight;
		}
		else if (w <= h) {
			targetW = this.shortestEdge;
			targetH = Math.max(1, (int) ((long) h * this.shortestEdge / w));
		}
		else {
			targetH = this.shortestEdge;
			targetW = Math.max(1, (int) ((long) w * this.shortestEdge / h));
		}
		return draw(image, targetW, targetH, 0, 0, targetW, targetH);
	}

	private BufferedImage crop(BufferedImage image) {
		// pad with black when the resized image is smaller than the crop, like the HF
		// processor
		int left = (image.getWidth() - this.cropWidth) / 2;
		int top = (image.getHeight() - this.cropHeight) / 2;
		return draw(image, this.cropWidth, this.cropHeight, -left, -top, image.getWidth(), image.getHeight());
	}

	private static BufferedImage draw(BufferedImage source, int width, int height, int x, int y, int drawWidth,
			int drawHeight) {
		BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = out.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
			g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			g.drawImage(source, x, y, drawWidth, drawHeight, null);
		}
		finally {
			g.dispose();
		}
		return out;
	}

	@Override
	public String toString() {
		return "ClipPreprocessing[shortest edge " + this.shortestEdge + ", crop " + this.cropHeight + "x"
				+ this.cropWidth + ", mean " + Arrays.toString(this.mean) + ", std " + Arrays.toString(this.std) + "]";
	}

}
