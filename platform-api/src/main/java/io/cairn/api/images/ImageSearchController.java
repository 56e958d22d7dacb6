package io.cairn.api.images;

import java.util.List;

import io.cairn.api.collection.Collections;
import io.cairn.core.NotFoundException;
import io.cairn.core.collection.KnowledgeCollection;
import io.cairn.core.document.DocumentRepository;
import io.cairn.core.media.Box;
import io.cairn.core.media.TimeSpan;
import io.cairn.core.multimodal.ImageHit;
import io.cairn.core.multimodal.ImageSearch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Text-to-image search over the images kept with a collection's documents. */
@RestController
@Tag(name = "Search")
public class ImageSearchController {

	private final Collections collections;

	private final DocumentRepository documents;

	private final ObjectProvider<ImageSearch> search;

	public ImageSearchController(Collections collections, DocumentRepository documents,
			ObjectProvider<ImageSearch> search) {
		this.collections = collections;
		this.documents = documents;
		this.search = search;
	}

	@GetMapping("/api/collections/{collection}/images/search")
	@Operation(summary = "Find images by text",
			description = "Figures, page images and video frames ranked by the image model's similarity to the"
					+ " query. Needs an image model (cairn.images.models-dir).")
	public ImageSearchResponse searchImages(@PathVariable String collection, @RequestParam("q") String query,
			@RequestParam(name = "k", defaultValue = "10") int k) {
		KnowledgeCollection owner = this.collections.require(collection);
		ImageSearch images = this.search.getIfAvailable();
		if (images == null) {
			throw new NotFoundException(
					"Image search is not available: no image model is configured (cairn.images.models-dir)");
		}
		List<ImageResult> results = images.searchImages(owner.id(), query, k)
			.stream()
			// the index is in memory: a document deleted since it was embedded is skipped
			.filter((hit) -> this.documents.findById(hit.documentId()).isPresent())
			.map(ImageResult::of)
			.toList();
		return new ImageSearchResponse(query, results);
	}

	/**
	 * Images found.
	 *
	 * @param query the query as searched
	 * @param results best first
	 */
	public record ImageSearchResponse(String query, List<ImageResult> results) {
	}

	/**
	 * One image found.
	 *
	 * @param documentId its document
	 * @param asset the asset key
	 * ({@code /api/collections/{c}/documents/{id}/assets/{key}})
	 * @param page its page
	 * @param box where it sits on the page (fractions), if known
	 * @param time when it is shown, for video frames
	 * @param score similarity to the query
	 */
	public record ImageResult(long documentId, String asset, int page, @Nullable Box box, @Nullable TimeSpan time,
			double score) {

		static ImageResult of(ImageHit hit) {
			return new ImageResult(hit.documentId(), hit.assetKey(), hit.page(), hit.box(), hit.time(), hit.score());
		}

	}

}
