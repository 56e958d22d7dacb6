package io.cairn.core.media;

import java.util.List;
import java.util.Optional;

/**
 * The images kept with documents. They are saved with their page's elements (see
 * {@code ElementRepository#savePage}) and deleted with the document.
 */
public interface MediaAssetRepository {

	/** One image of a document. */
	Optional<MediaAsset> find(long documentId, String key);

	/** The image of a whole page (a scan, an image file's page), if one is kept. */
	Optional<MediaAsset> findPageImage(long documentId, int page);

	/** All images of a document, in page order. */
	List<MediaAsset> findByDocument(long documentId);

}
