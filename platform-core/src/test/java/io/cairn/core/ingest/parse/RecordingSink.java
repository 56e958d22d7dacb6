package io.cairn.core.ingest.parse;

import java.util.ArrayList;
import java.util.List;

import io.cairn.core.media.MediaAsset;

/** A {@link PageSink} that records what it receives and checks the order of calls. */
final class RecordingSink implements PageSink {

	final List<Integer> pageCounts = new ArrayList<>();

	final List<Integer> pages = new ArrayList<>();

	final List<Element> elements = new ArrayList<>();

	final List<MediaAsset> assets = new ArrayList<>();

	final List<String> notes = new ArrayList<>();

	@Override
	public void page(int pageNumber, List<Element> pageElements, List<MediaAsset> pageAssets) {
		page(pageNumber, pageElements);
		this.assets.addAll(pageAssets);
	}

	@Override
	public void note(String note) {
		this.notes.add(note);
	}

	@Override
	public void pageCount(int total) {
		if (!this.pages.isEmpty()) {
			throw new AssertionError("pageCount after page " + this.pages.getLast());
		}
		this.pageCounts.add(total);
	}

	@Override
	public void page(int pageNumber, List<Element> pageElements) {
		if (this.pageCounts.isEmpty()) {
			throw new AssertionError("page " + pageNumber + " before pageCount");
		}
		if (!this.pages.isEmpty() && pageNumber != this.pages.getLast() + 1) {
			throw new AssertionError("page " + pageNumber + " after page " + this.pages.getLast());
		}
		for (Element element : pageElements) {
			if (element.page() != pageNumber) {
				throw new AssertionError("element on page " + element.page() + " delivered with page " + pageNumber);
			}
		}
		this.pages.add(pageNumber);
		this.elements.addAll(pageElements);
	}

	List<Element> ofKind(ElementKind kind) {
		return this.elements.stream().filter((element) -> element.kind() == kind).toList();
	}

	List<String> texts(ElementKind kind) {
		return ofKind(kind).stream().map(Element::text).toList();
	}

	Element first(ElementKind kind, String textStart) {
		return ofKind(kind).stream()
			.filter((element) -> element.text().startsWith(textStart))
			.findFirst()
			.orElseThrow(
					() -> new AssertionError("no " + kind + " starting with '" + textStart + "' in " + this.elements));
	}

}
