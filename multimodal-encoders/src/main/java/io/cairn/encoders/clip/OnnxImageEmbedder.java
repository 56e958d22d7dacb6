package io.cairn.encoders.clip;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import io.cairn.core.multimodal.ImageEmbedder;
import io.cairn.encoders.onnx.OnnxSession;
import io.cairn.encoders.onnx.OnnxSessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A CLIP/SigLIP-type model exported to ONNX as two towers, loaded from a directory that
 * holds {@code vision.onnx}, {@code text.onnx}, {@code tokenizer.json} and optionally
 * {@code preprocessor_config.json} (else OpenAI CLIP's 224-pixel preprocessing). Input
 * and output names are read from the models; both towers must give vectors of one length.
 * Vectors are L2-normalised. Thread-safe; {@link #close()} releases both sessions and the
 * tokenizer.
 */
public final class OnnxImageEmbedder implements ImageEmbedder, AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(OnnxImageEmbedder.class);

	public static final String VISION = "vision.onnx";

	public static final String TEXT = "text.onnx";

	public static final String TOKENIZER = "tokenizer.json";

	public static final String PREPROCESSOR = "preprocessor_config.json";

	private final String name;

	private final VisionTower vision;

	private final TextTower text;

	private final int dimensions;

	private OnnxImageEmbedder(String name, VisionTower vision, TextTower text) {
		this.name = name;
		this.vision = vision;
		this.text = text;
		// Both towers' lengths must agree; a mismatched export fails at startup rather
		// than at the first ingest.
		int textDimensions = text.dimensions();
		int imageDimensions = vision.dimensions();
		if (textDimensions != imageDimensions) {
			throw new IllegalArgumentException("The towers of " + name + " are not one space: the vision tower gives "
					+ imageDimensions + "-d vectors, the text tower " + textDimensions + "-d");
		}
		this.dimensions = textDimensions;
	}

	/**
	 * Loads the model in {@code directory}.
	 * @param directory holds the towers, the tokenizer and optionally the preprocessor
	 * configuration
	 * @param sessions creates the ONNX sessions (CPU or CUDA)
	 * @return the embedder; the caller closes it
	 * @throws IllegalArgumentException when a file is missing or the model does not have
	 * the expected shape
	 */
	public static OnnxImageEmbedder load(Path directory, OnnxSessionFactory sessions) {
		if (!Files.isDirectory(directory)) {
			throw new IllegalArgumentException("The image model directory " + directory + " does not exist");
		}
		for (String required : new String[] { VISION, TEXT, TOKENIZER }) {
			if (!Files.isRegularFile(directory.resolve(required))) {
				throw new IllegalArgumentException("The image model directory " + directory + " has no " + required
						+ " (it needs " + VISION + ", " + TEXT + " and " + TOKENIZER + ")");
			}
		}
		Path preprocessorFile = directory.resolve(PREPROCESSOR);
		ClipPreprocessing preprocessing = Files.isRegularFile(preprocessorFile)
				? ClipPreprocessing.read(preprocessorFile) : ClipPreprocessing.clipDefaults();
		OnnxSession visionSession = sessions.open(directory.resolve(VISION));
		OnnxSession textSession = null;
		TextTower text = null;
		try {
			VisionTower vision = new VisionTower(visionSession, preprocessing);
			textSession = sessions.open(directory.resolve(TEXT));
			text = new TextTower(textSession, directory.resolve(TOKENIZER));
			String name = directory.getFileName().toString();
			OnnxImageEmbedder embedder = new OnnxImageEmbedder(name, vision, text);
			logger.info("Loaded image model {} ({}-d, {}, {}) on {}", name, embedder.dimensions, preprocessing,
					visionSession.device(), textSession.device());
			return embedder;
		}
		catch (RuntimeException ex) {
			if (text != null) {
				text.close();
			}
			if (textSession != null) {
				textSession.close();
			}
			visionSession.close();
			throw ex;
		}
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public int dimensions() {
		return this.dimensions;
	}

	@Override
	public float[] embedImage(BufferedImage image) {
		return this.vision.embed(image);
	}

	@Override
	public float[] embedText(String query) {
		return this.text.embed(query);
	}

	@Override
	public void close() {
		try {
			this.text.close();
		}
		finally {
			this.text.session().close();
			this.vision.session().close();
		}
	}

	@Override
	public String toString() {
		return "OnnxImageEmbedder[" + this.name + ", " + this.dimensions + "-d]";
	}

}
