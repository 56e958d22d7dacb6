package io.cairn.encoders.image;

import java.util.ArrayList;
import java.util.List;

import io.cairn.core.ingest.parse.Element;
import io.cairn.core.ingest.parse.ElementKind;
import io.cairn.core.media.Box;
import io.cairn.core.media.RecognizedLine;
import io.cairn.encoders.ocr.LineJoiner;

/**
 * Groups recognised lines (in reading order) into paragraphs: a line joins the paragraph
 * above it when the gap is less than a line height and the two overlap horizontally, or
 * when it continues the same row close by. Each paragraph becomes one
 * {@link ElementKind#IMAGE_TEXT} element with its box.
 */
final class TextBlocks {

	/** Vertical gap, in line heights, that still continues a paragraph. */
	private static final double PARAGRAPH_GAP = 0.9;

	/** Horizontal gap, in line heights, that still continues a row. */
	private static final double ROW_GAP = 2.5;

	private TextBlocks() {
	}

	static List<Element> elements(List<RecognizedLine> lines, int imageWidth, int imageHeight, int page,
			int firstOrdinal, String asset) {
		List<Element> out = new ArrayList<>();
		List<RecognizedLine> block = new ArrayList<>();
		for (RecognizedLine line : lines) {
			if (!block.isEmpty() && !continues(block, line)) {
				out.add(element(block, imageWidth, imageHeight, page, firstOrdinal + out.size(), asset));
				block.clear();
			}
			block.add(line);
		}
		if (!block.isEmpty()) {
			out.add(element(block, imageWidth, imageHeight, page, firstOrdinal + out.size(), asset));
		}
		return out;
	}

	private static boolean continues(List<RecognizedLine> block, RecognizedLine line) {
		RecognizedLine last = block.getLast();
		double height = Math.max(last.height(), line.height());
		int lastBottom = last.top() + last.height();
		double centre = line.top() + line.height() / 2.0;
		if (centre >= last.top() && centre <= lastBottom) {
			int gap = line.left() - (last.left() + last.width());
			return gap < ROW_GAP * height;
		}
		int blockLeft = block.stream().mapToInt(RecognizedLine::left).min().orElse(0);
		int blockRight = block.stream().mapToInt((l) -> l.left() + l.width()).max().orElse(0);
		boolean overlaps = line.left() < blockRight && line.left() + line.width() > blockLeft;
		return overlaps && line.top() - lastBottom < PARAGRAPH_GAP * height;
	}

	private static Element element(List<RecognizedLine> block, int imageWidth, int imageHeight, int page, int ordinal,
			String asset) {
		StringBuilder text = new StringBuilder();
		Box box = null;
		for (RecognizedLine line : block) {
			LineJoiner.append(text, line.text());
			Box lineBox = line.box(imageWidth, imageHeight);
			box = (box == null) ? lineBox : box.union(lineBox);
		}
		return new Element(ordinal, ElementKind.IMAGE_TEXT, text.toString(), page, List.of(), 0, null, box, null,
				asset);
	}

}
