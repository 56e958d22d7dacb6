package io.cairn.encoders.image;

import java.util.ArrayList;
import java.util.List;

import io.cairn.core.ingest.parse.Element;
import io.cairn.core.ingest.parse.PageSink;
import io.cairn.core.media.MediaAsset;

/** Keeps what a parser delivers. */
final class CollectingSink implements PageSink {

	int pageCount = -1;

	final List<Integer> pages = new ArrayList<>();

	final List<Element> elements = new ArrayList<>();

	final List<MediaAsset> assets = new ArrayList<>();

	final List<String> notes = new ArrayList<>();

	@Override
	public void pageCount(int total) {
		this.pageCount = total;
	}

	@Override
	public void page(int pageNumber, List<Element> pageElements) {
		page(pageNumber, pageElements, List.of());
	}

	@Override
	public void page(int pageNumber, List<Element> pageElements, List<MediaAsset> pageAssets) {
		this.pages.add(pageNumber);
		this.elements.addAll(pageElements);
		this.assets.addAll(pageAssets);
	}

	@Override
	public void note(String note) {
		this.notes.add(note);
	}

	List<Element> onPage(int page) {
		return this.elements.stream().filter((e) -> e.page() == page).toList();
	}

}
