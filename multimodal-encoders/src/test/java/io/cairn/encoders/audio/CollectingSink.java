package io.cairn.encoders.audio;

import java.util.ArrayList;
import java.util.List;

import io.cairn.core.ingest.parse.Element;
import io.cairn.core.ingest.parse.ElementKind;
import io.cairn.core.ingest.parse.PageSink;
import io.cairn.core.media.MediaAsset;

/** Keeps what a parser delivers, and checks pages arrive in order. */
public final class CollectingSink implements PageSink {

	public int pageCount = -1;

	public final List<Integer> pages = new ArrayList<>();

	public final List<Element> elements = new ArrayList<>();

	public final List<MediaAsset> assets = new ArrayList<>();

	public final List<String> notes = new ArrayList<>();

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
		if (!this.pages.isEmpty() && pageNumber != this.pages.getLast() + 1) {
			throw new AssertionError("page " + pageNumber + " after " + this.pages.getLast());
		}
		this.pages.add(pageNumber);
		this.elements.addAll(pageElements);
		this.assets.addAll(pageAssets);
	}

	@Override
	public void note(String note) {
		this.notes.add(note);
	}

	public List<Element> ofKind(ElementKind kind) {
		return this.elements.stream().filter((element) -> element.kind() == kind).toList();
	}

}
