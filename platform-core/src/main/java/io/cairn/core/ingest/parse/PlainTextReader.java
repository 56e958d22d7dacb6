package io.cairn.core.ingest.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Plain text: blank lines separate paragraphs; headings and list items are recognised by
 * their look.
 */
final class PlainTextReader {

	private PlainTextReader() {
	}

	static void read(List<String> lines, ElementAssembler out) {
		List<TextLine> laidOut = new ArrayList<>(lines.size());
		int paragraph = 0;
		for (String line : lines) {
			if (line.isBlank()) {
				paragraph++;
			}
			else {
				laidOut.add(new TextLine(line.strip(), 0, paragraph));
			}
		}
		LineBlockReader.read(laidOut, out);
	}

}
