/**
 * Optical character recognition: the PP-OCRv4 pipeline (text detection, direction
 * classification, CTC recognition) on ONNX Runtime, and a Tesseract alternative.
 */
@NullMarked
package io.cairn.encoders.ocr;

import org.jspecify.annotations.NullMarked;
