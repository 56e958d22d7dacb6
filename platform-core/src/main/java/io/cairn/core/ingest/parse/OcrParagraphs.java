package io.cairn.core.ingest.parse;

import java.util.ArrayList;
import java.util.List;

import io.cairn.core.media.Box;
import io.cairn.core.media.RecognizedLine;

/**
 * Groups the lines an OCR engine found into paragraphs: a line continues the paragraph
 * above it when it starts close below it, overlaps it horizontally and has about the same
 * height; a wide gap, a jump up (the next column) or a change of size starts a new one.
 */
final class OcrParagraphs {

	/** A paragraph with its bounds, as fractions of the image. */
	record Paragraph(String text, Box box) {
	}

	/** Lines the engine is less sure of than this are noise more often than text. */
	static final float MIN_CONFIDENCE = 0.3f;

	private static final double MAX_GAP = 0.8;

	private static final double MAX_HEIGHT_RATIO = 1.6;

	private OcrParagraphs() {
	}

	static List<Paragraph> group(List<RecognizedLine> lines, int imageWidth, int imageHeight) {
		List<Paragraph> paragraphs = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		RecognizedLine previous = null;
		int left = 0;
		int top = 0;
		int right = 0;
		int bottom = 0;
		for (RecognizedLine line : lines) {
			if (line.text().isBlank() || line.confidence() < MIN_CONFIDENCE || line.width() <= 0
					|| line.height() <= 0) {
				continue;
			}
			if (previous != null && !continues(previous, line, left, right)) {
				paragraphs.add(paragraph(text, left, top, right, bottom, imageWidth, imageHeight));
				text.setLength(0);
				previous = null;
			}
			if (previous == null) {
				left = line.left();
				top = line.top();
				right = line.left() + line.width();
				bottom = line.top() + line.height();
			}
			else {
				left = Math.min(left, line.left());
				top = Math.min(top, line.top());
				right = Math.max(right, line.left() + line.width());
				bottom = Math.max(bottom, line.top() + line.height());
			}
			TextJoin.append(text, line.text());
			previous = line;
		}
		if (previous != null) {
			paragraphs.add(paragraph(text, left, top, right, bottom, imageWidth, imageHeight));
		}
		return paragraphs;
	}

	private static boolean continues(RecognizedLine previous, RecognizedLine line, int left, int right) {
		int previousBottom = previous.top() + previous.height();
		double height = Math.max(previous.height(), line.height());
		double ratio = height / Math.min(previous.height(), line.height());
		boolean below = line.top() >= previous.top() + previous.height() / 2
				&& line.top() - previousBottom <= MAX_GAP * height;
		boolean overlaps = line.left() < right && line.left() + line.width() > left;
		return below && overlaps && ratio <= MAX_HEIGHT_RATIO;
	}

	private static Paragraph paragraph(StringBuilder text, int left, int top, int right, int bottom, int imageWidth,
			int imageHeight) {
		return new Paragraph(text.toString(),
				Box.ofPixels(left, top, right - left, bottom - top, imageWidth, imageHeight));
	}

}
