package io.cairn.encoders.ocr;

import io.cairn.encoders.onnx.OnnxSettings;

/**
 * Tuning of the PP-OCR pipeline.
 *
 * @param onnx how the ONNX sessions are created
 * @param detMaxSide the longest side the detector sees; larger images are scaled down
 * @param binarizeThreshold probability above which a pixel of the detection map is text
 * @param boxThreshold mean probability a detected region needs to be kept
 * @param unclipRatio how far a detected region is grown (the DB model shrinks text
 * regions during training)
 * @param minConfidence recognised lines below this confidence are dropped
 * @param useAngleClassifier whether upside-down lines are detected and turned
 * @param recBatchSize lines recognised in one model call
 */
public record OcrOptions(OnnxSettings onnx, int detMaxSide, float binarizeThreshold, float boxThreshold,
		float unclipRatio, float minConfidence, boolean useAngleClassifier, int recBatchSize) {

	public OcrOptions {
		if (detMaxSide < 32) {
			throw new IllegalArgumentException("detMaxSide must be >= 32, was " + detMaxSide);
		}
		if (recBatchSize < 1) {
			throw new IllegalArgumentException("recBatchSize must be >= 1, was " + recBatchSize);
		}
	}

	/** PaddleOCR's defaults, CPU. */
	public static OcrOptions defaults() {
		return new OcrOptions(OnnxSettings.defaults(), 960, 0.3f, 0.6f, 1.6f, 0.5f, true, 6);
	}

	/** A copy with other ONNX settings. */
	public OcrOptions withOnnx(OnnxSettings settings) {
		return new OcrOptions(settings, this.detMaxSide, this.binarizeThreshold, this.boxThreshold, this.unclipRatio,
				this.minConfidence, this.useAngleClassifier, this.recBatchSize);
	}

	/** A copy with another detector size limit. */
	public OcrOptions withDetMaxSide(int side) {
		return new OcrOptions(this.onnx, side, this.binarizeThreshold, this.boxThreshold, this.unclipRatio,
				this.minConfidence, this.useAngleClassifier, this.recBatchSize);
	}

	/** A copy with another confidence floor. */
	public OcrOptions withMinConfidence(float confidence) {
		return new OcrOptions(this.onnx, this.detMaxSide, this.binarizeThreshold, this.boxThreshold, this.unclipRatio,
				confidence, this.useAngleClassifier, this.recBatchSize);
	}

}
