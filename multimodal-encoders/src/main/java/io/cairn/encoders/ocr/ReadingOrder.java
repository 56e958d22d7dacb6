package io.cairn.encoders.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.cairn.core.media.RecognizedLine;

/**
 * Sorts lines top to bottom, and left to right within a band of lines that share most of
 * their height (words of one row that the detector found as separate regions).
 */
final class ReadingOrder {

	private ReadingOrder() {
	}

	static List<RecognizedLine> sort(List<RecognizedLine> lines) {
		List<RecognizedLine> byTop = new ArrayList<>(lines);
		byTop.sort(Comparator.comparingInt(RecognizedLine::top).thenComparingInt(RecognizedLine::left));
		List<RecognizedLine> out = new ArrayList<>(lines.size());
		List<RecognizedLine> band = new ArrayList<>();
		int bandTop = 0;
		int bandBottom = 0;
		for (RecognizedLine line : byTop) {
			if (!band.isEmpty() && !sameBand(line, bandTop, bandBottom)) {
				flush(band, out);
			}
			if (band.isEmpty()) {
				bandTop = line.top();
				bandBottom = line.top() + line.height();
			}
			band.add(line);
		}
		flush(band, out);
		return out;
	}

	/** The line's vertical centre lies inside the band's first line. */
	private static boolean sameBand(RecognizedLine line, int bandTop, int bandBottom) {
		double centre = line.top() + line.height() / 2.0;
		return centre >= bandTop && centre <= bandBottom;
	}

	private static void flush(List<RecognizedLine> band, List<RecognizedLine> out) {
		band.sort(Comparator.comparingInt(RecognizedLine::left));
		out.addAll(band);
		band.clear();
	}

}
