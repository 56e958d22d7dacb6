package io.cairn.api.config;

import java.time.Duration;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Optical character recognition for images (and, through the same recognizer, scanned
 * pages and video frames).
 *
 * @param enabled read text from images; when off, images are kept without their text
 * @param engine {@code ppocr} (PP-OCRv4, bundled, Chinese and English), {@code tesseract}
 * (the system's {@code tesseract} command) or {@code tess4j} (the system's Tesseract
 * library, in the JVM)
 * @param maxPixels most pixels (width x height) of one image or frame; larger ones are
 * refused before decoding (decompression bombs)
 * @param detMaxSide longest side the PP-OCR text detector sees; larger images are scaled
 * down (small text needs more)
 * @param minConfidence lines recognised with less confidence (0-1) are dropped
 * @param threads ONNX Runtime intra-op threads per PP-OCR model
 * @param tesseractPath the {@code tesseract} binary
 * @param tesseractLanguages Tesseract language codes joined with '+'
 * @param tesseractTimeout longest the Tesseract command may take on one image
 * @param tessdataPath where the library finds {@code <language>.traineddata} (tess4j)
 */
@Validated
@ConfigurationProperties("cairn.ocr")
public record OcrProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("ppocr") @Pattern(regexp = "ppocr|tesseract|tess4j") String engine,
		@DefaultValue("40000000") @Min(1) long maxPixels, @DefaultValue("960") @Min(32) int detMaxSide,
		@DefaultValue("0.5") @DecimalMin("0") @DecimalMax("1") float minConfidence,
		@DefaultValue("2") @Min(1) int threads, @DefaultValue("/usr/bin/tesseract") @NotBlank String tesseractPath,
		@DefaultValue("eng+chi_sim") @NotBlank String tesseractLanguages,
		@DefaultValue("60s") Duration tesseractTimeout,
		@DefaultValue("/usr/share/tesseract-ocr/5/tessdata") @NotBlank String tessdataPath) {
}
