package io.cairn.core.ingest.parse;

import java.util.List;

import io.cairn.core.media.MediaAsset;

/**
 * Receives a parsed document page by page, so that an ingest can checkpoint after each
 * page and resume from the next one.
 */
public interface PageSink {

	/** Called once, before the first page, as soon as the parser knows the page count. */
	void pageCount(int total);

	/**
	 * Called for every page from the first requested one to the last, in order, also for
	 * pages without elements, so that pages parsed always add up to the page count.
	 */
	void page(int pageNumber, List<Element> elements);

	/**
	 * Same as {@link #page(int, List)}, with the images the page's elements point at
	 * (scanned page, figures, keyframes), saved in the same checkpoint. Sinks that keep
	 * no images ignore them.
	 */
	default void page(int pageNumber, List<Element> elements, List<MediaAsset> assets) {
		page(pageNumber, elements);
	}

	/**
	 * Records something the parser could not do without failing the document (a missing
	 * speech recognizer, an image it skipped); shown with the document.
	 */
	default void note(String note) {
	}

}
