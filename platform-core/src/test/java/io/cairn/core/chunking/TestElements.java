package io.cairn.core.chunking;

import java.util.ArrayList;
import java.util.List;

import io.cairn.core.ingest.parse.Element;
import io.cairn.core.ingest.parse.ElementKind;
import io.cairn.core.ingest.parse.Table;

/**
 * Builds element lists the way a parser would: ordinals in order, heading path
 * maintained.
 */
final class TestElements {

	private final List<Element> elements = new ArrayList<>();

	private final List<String> path = new ArrayList<>();

	private final List<Integer> levels = new ArrayList<>();

	private int page = 1;

	TestElements page(int number) {
		this.page = number;
		return this;
	}

	TestElements heading(int level, String title) {
		while (!this.levels.isEmpty() && this.levels.getLast() >= level) {
			this.levels.removeLast();
			this.path.removeLast();
		}
		this.levels.add(level);
		this.path.add(title);
		return add(ElementKind.HEADING, title, level, null);
	}

	TestElements text(String text) {
		return add(ElementKind.TEXT, text, 0, null);
	}

	TestElements listItem(String text) {
		return add(ElementKind.LIST_ITEM, text, 0, null);
	}

	TestElements table(Table table) {
		return add(ElementKind.TABLE, table.toText(), 0, table);
	}

	List<Element> build() {
		return List.copyOf(this.elements);
	}

	private TestElements add(ElementKind kind, String text, int level, Table table) {
		this.elements.add(new Element(this.elements.size(), kind, text, this.page, this.path, level, table));
		return this;
	}

}
