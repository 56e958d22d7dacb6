package io.cairn.api.ingest;

import java.nio.file.Path;

import io.cairn.api.config.OcrProperties;
import io.cairn.api.config.OnnxProperties;
import io.cairn.core.media.TextRecognizer;
import io.cairn.encoders.ocr.LazyTextRecognizer;
import io.cairn.encoders.ocr.OcrOptions;
import io.cairn.encoders.ocr.PpOcrEngine;
import io.cairn.encoders.ocr.Tess4jRecognizer;
import io.cairn.encoders.ocr.TesseractRecognizer;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OCR engine shared by every parser that reads text from images (image files, scanned
 * PDF pages, video frames). Absent when {@code cairn.ocr.enabled=false}; consumers take
 * an {@code ObjectProvider<TextRecognizer>}.
 */
@Configuration(proxyBeanMethods = false)
public class OcrConfiguration {

	/**
	 * PP-OCRv4 (loaded on the first image) or Tesseract, as a command or in the JVM
	 * (checked at startup, so a missing binary, library or language fails fast with what
	 * to install).
	 */
	@Bean(destroyMethod = "close")
	@ConditionalOnProperty(name = "cairn.ocr.enabled", havingValue = "true", matchIfMissing = true)
	LazyTextRecognizer ocrTextRecognizer(OcrProperties ocr, OnnxProperties onnx) {
		if (ocr.engine().equals("tesseract")) {
			TesseractRecognizer tesseract = new TesseractRecognizer(Path.of(ocr.tesseractPath()),
					ocr.tesseractLanguages(), ocr.tesseractTimeout(), ocr.minConfidence());
			return new LazyTextRecognizer(tesseract.name(), () -> tesseract);
		}
		if (ocr.engine().equals("tess4j")) {
			Tess4jRecognizer tess4j = new Tess4jRecognizer(Path.of(ocr.tessdataPath()), ocr.tesseractLanguages(),
					ocr.minConfidence());
			return new LazyTextRecognizer(tess4j.name(), () -> tess4j);
		}
		OcrOptions options = OcrOptions.defaults()
			.withOnnx(onnx.settings(ocr.threads()))
			.withDetMaxSide(ocr.detMaxSide())
			.withMinConfidence(ocr.minConfidence());
		return new LazyTextRecognizer("pp-ocrv4", () -> PpOcrEngine.fromClasspath(options));
	}

}
