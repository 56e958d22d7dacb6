package io.cairn.core.ingest.parse;

import java.util.List;

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

}
