package io.cairn.core.ingest.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * The titles of the sections enclosing the current position, maintained as headings
 * arrive.
 */
final class HeadingPath {

	private record Entry(String title, int level) {
	}

	private final List<Entry> entries = new ArrayList<>();

	/**
	 * Enters a heading: closes the open sections at its level or deeper, then opens its
	 * own.
	 */
	void enter(String title, int level) {
		while (!this.entries.isEmpty() && this.entries.getLast().level() >= level) {
			this.entries.removeLast();
		}
		this.entries.add(new Entry(title, level));
	}

	List<String> titles() {
		return this.entries.stream().map(Entry::title).toList();
	}

}
