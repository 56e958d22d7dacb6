package io.cairn.encoders.ocr;

import java.util.ArrayList;
import java.util.List;

import io.cairn.core.media.RecognizedLine;

/**
 * Builds text lines from Tesseract's words: the line's text joined as its script needs
 * ({@link LineJoiner}), its box the union of the words' boxes, its confidence their mean.
 * Lines below the minimum confidence are dropped. Not thread-safe.
 */
final class WordLines {

	private final float minConfidence;

	private final List<RecognizedLine> lines = new ArrayList<>();

	private final StringBuilder text = new StringBuilder();

	private int words;

	private int left;

	private int top;

	private int right;

	private int bottom;

	private double confidence;

	/**
	 * @param minConfidence lines below this mean confidence (0 to 1) are dropped
	 */
	WordLines(float minConfidence) {
		this.minConfidence = minConfidence;
	}

	/** Ends the current line, if it has words. */
	void endLine() {
		if (this.words > 0) {
			float mean = (float) (this.confidence / this.words);
			if (mean >= this.minConfidence) {
				this.lines.add(new RecognizedLine(this.text.toString(), this.left, this.top, this.right - this.left,
						this.bottom - this.top, mean));
			}
		}
		this.text.setLength(0);
		this.words = 0;
		this.confidence = 0;
	}

	/**
	 * Adds a word to the current line.
	 * @param confidence Tesseract's confidence, 0 to 100 (negative for none)
	 */
	void word(String word, int x, int y, int width, int height, double confidence) {
		String stripped = word.strip();
		if (stripped.isEmpty()) {
			return;
		}
		if (this.words == 0) {
			this.left = x;
			this.top = y;
			this.right = x + width;
			this.bottom = y + height;
		}
		else {
			this.left = Math.min(this.left, x);
			this.top = Math.min(this.top, y);
			this.right = Math.max(this.right, x + width);
			this.bottom = Math.max(this.bottom, y + height);
		}
		LineJoiner.append(this.text, stripped);
		this.confidence += Math.max(0, confidence) / 100;
		this.words++;
	}

	/** The lines, after ending the current one. */
	List<RecognizedLine> lines() {
		endLine();
		return List.copyOf(this.lines);
	}

}
