package io.cairn.core.ingest;

import java.util.List;

import io.cairn.core.ingest.parse.Element;
import io.cairn.core.media.MediaAsset;

/** Parsed elements of documents: the page-level checkpoints of an ingest. */
public interface ElementRepository {

	/**
	 * Stores the elements of one page, with the images they point at, and advances the
	 * job's checkpoint in one transaction, so a restarted ingest resumes after the last
	 * page saved here.
	 */
	void savePage(long documentId, long jobId, int page, int pagesTotal, List<Element> elements,
			List<MediaAsset> assets);

	/** All elements of a document in reading order. */
	List<Element> findByDocument(long documentId);

	/**
	 * Removes the elements and images of pages at or after {@code fromPage} (a partial
	 * page left by a crash).
	 */
	void deleteFromPage(long documentId, int fromPage);

}
