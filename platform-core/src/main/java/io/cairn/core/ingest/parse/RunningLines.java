package io.cairn.core.ingest.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds running headers and footers: lines at the top or bottom of a page that are also
 * at the top or bottom of the page before or after it (digits ignored, so "Page 3"
 * matches "Page 4"). Left in, they would repeat in every chunk, and a running title in
 * capitals would reset the heading path on every page.
 */
final class RunningLines {

	/** How many lines at each edge of a page may be running lines. */
	private static final int EDGE_LINES = 2;

	private RunningLines() {
	}

	/** The comparison keys of the lines at the top and bottom of a page. */
	static Set<String> edges(List<TextLine> lines) {
		Set<String> edges = new HashSet<>();
		for (int i = 0; i < lines.size(); i++) {
			if (isEdge(i, lines.size())) {
				edges.add(key(lines.get(i).text()));
			}
		}
		return edges;
	}

	/**
	 * The page's lines without those at its edges that the neighbouring pages also have
	 * at theirs.
	 */
	static List<TextLine> strip(List<TextLine> lines, Set<String> neighbourEdges) {
		List<TextLine> kept = new ArrayList<>(lines.size());
		for (int i = 0; i < lines.size(); i++) {
			TextLine line = lines.get(i);
			if (!(isEdge(i, lines.size()) && neighbourEdges.contains(key(line.text())))) {
				kept.add(line);
			}
		}
		return kept;
	}

	/** On a short page, only its first and last line: the rest is its content. */
	private static boolean isEdge(int index, int size) {
		int edgeLines = (size > 3 * EDGE_LINES) ? EDGE_LINES : 1;
		return index < edgeLines || index >= size - edgeLines;
	}

	private static String key(String text) {
		return text.replaceAll("\\d+", "#").strip();
	}

}
