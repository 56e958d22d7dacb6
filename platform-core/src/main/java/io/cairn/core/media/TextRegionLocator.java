package io.cairn.core.media;

import java.util.ArrayList;
import java.util.List;

import io.cairn.core.ingest.parse.Element;
import org.jspecify.annotations.Nullable;

/**
 * Finds where each placed element's text sits in a chunk's text. The chunker copies
 * element text into chunks in order, but a chunk may begin or end inside an element (the
 * overlap of neighbouring windows), so an element missing as a whole is looked for by its
 * beginning, then by its end.
 */
final class TextRegionLocator {

	/** Characters of an element's beginning or end that identify it in the chunk. */
	private static final int PROBE = 24;

	/** At most this many parts are kept per chunk. */
	static final int MAX_PARTS = 64;

	private TextRegionLocator() {
	}

	static List<TextRegion> locate(List<Element> covered, String text) {
		List<TextRegion> parts = new ArrayList<>();
		int cursor = 0;
		for (Element element : covered) {
			if (parts.size() == MAX_PARTS) {
				break;
			}
			String own = element.text().strip();
			if ((element.box() == null && element.asset() == null) || own.isEmpty()) {
				continue;
			}
			int[] span = find(text, own, cursor);
			if (span == null) {
				continue;
			}
			parts.add(new TextRegion(span[0], span[1], new PageRegion(element.page(), element.box(), element.asset())));
			cursor = span[0] + 1;
		}
		return parts;
	}

	private static int @Nullable [] find(String text, String own, int cursor) {
		int at = text.indexOf(own, cursor);
		if (at >= 0) {
			return new int[] { at, at + own.length() };
		}
		String head = own.substring(0, Math.min(PROBE, own.length()));
		at = text.indexOf(head, cursor);
		if (at >= 0) {
			// the chunk ends inside this element
			return new int[] { at, Math.min(text.length(), at + own.length()) };
		}
		String tail = own.substring(Math.max(0, own.length() - PROBE));
		at = text.indexOf(tail, cursor);
		if (at >= 0) {
			// the chunk begins inside this element
			int end = at + tail.length();
			return new int[] { Math.max(0, end - own.length()), end };
		}
		return null;
	}

}
