package io.cairn.api.media;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.cairn.core.NotFoundException;
import io.cairn.core.collection.KnowledgeCollection;
import io.cairn.core.document.Document;
import io.cairn.core.document.DocumentRepository;
import io.cairn.core.ingest.parse.SupportedMediaTypes;
import io.cairn.core.media.MediaAsset;
import io.cairn.core.media.MediaAssetRepository;

import org.springframework.stereotype.Service;

/**
 * The images citations point at: a page of a PDF (rendered on request and kept in a small
 * cache, as readers page back and forth), the stored image of a scanned page, a figure or
 * a video frame.
 */
@Service
public class PageImages {

	/** Rendered pages kept; a page at the default width is 100-300 kB. */
	private static final int CACHED_PAGES = 48;

	private final DocumentRepository documents;

	private final MediaAssetRepository assets;

	private final Map<String, EncodedImage> rendered = new LinkedHashMap<>(CACHED_PAGES, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, EncodedImage> eldest) {
			return size() > CACHED_PAGES;
		}
	};

	public PageImages(DocumentRepository documents, MediaAssetRepository assets) {
		this.documents = documents;
		this.assets = assets;
	}

	/**
	 * The image of a page: the stored scan or image when there is one, else the PDF page
	 * rendered at the given width.
	 */
	public EncodedImage page(KnowledgeCollection owner, long documentId, int page, int width) {
		Document document = documentOf(owner, documentId);
		if (page < 1 || page > document.pageCount()) {
			throw new NotFoundException("'" + document.title() + "' has "
					+ ((document.pageCount() == 0) ? "no pages yet" : "pages 1 to " + document.pageCount())
					+ "; there is no page " + page + ".");
		}
		Optional<MediaAsset> scanned = this.assets.findPageImage(documentId, page);
		if (scanned.isPresent()) {
			return new EncodedImage(scanned.get().mediaType(), scanned.get().bytes());
		}
		if (!SupportedMediaTypes.PDF.equals(document.mediaType())) {
			throw new NotFoundException("'" + document.title() + "' (" + document.mediaType()
					+ ") has no page images: they exist for PDFs, scans and image files. Citations of figures"
					+ " and video frames link to their own images.");
		}
		String key = documentId + "/" + document.sha256() + "/" + page + "/" + width;
		synchronized (this.rendered) {
			EncodedImage cached = this.rendered.get(key);
			if (cached != null) {
				return cached;
			}
		}
		EncodedImage image = ImageCrop.png(PdfPageRenderer.render(this.documents.openContent(documentId), page, width));
		synchronized (this.rendered) {
			this.rendered.put(key, image);
		}
		return image;
	}

	/** A stored image of a document. */
	public EncodedImage asset(KnowledgeCollection owner, long documentId, String key) {
		Document document = documentOf(owner, documentId);
		return this.assets.find(documentId, key)
			.map((asset) -> new EncodedImage(asset.mediaType(), asset.bytes()))
			.orElseThrow(() -> new NotFoundException("'" + document.title() + "' has no image '" + key + "'."));
	}

	private Document documentOf(KnowledgeCollection owner, long documentId) {
		return this.documents.findById(documentId)
			.filter((document) -> document.collectionId() == owner.id())
			.orElseThrow(
					() -> new NotFoundException("No document " + documentId + " in collection '" + owner.name() + "'"));
	}

}
