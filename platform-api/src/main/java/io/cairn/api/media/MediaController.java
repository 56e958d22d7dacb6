package io.cairn.api.media;

import java.time.Duration;

import io.cairn.api.collection.Collections;
import io.cairn.core.InvalidRequestException;
import io.cairn.core.collection.KnowledgeCollection;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Page images, figures and video frames of a document, whole or cropped to the region a
 * citation points at.
 */
@RestController
@RequestMapping("/api/collections/{collection}/documents/{id}")
@Tag(name = "Documents")
public class MediaController {

	static final int DEFAULT_WIDTH = 1000;

	static final int MIN_WIDTH = 100;

	static final int MAX_WIDTH = 2400;

	private final Collections collections;

	private final PageImages images;

	public MediaController(Collections collections, PageImages images) {
		this.collections = collections;
		this.images = images;
	}

	@GetMapping("/pages/{page}")
	@Operation(summary = "The image of a page",
			description = "A PDF page rendered at 'width' pixels (100-2400, default 1000), or the stored image of"
					+ " a scanned page or image file. 'crop=x,y,width,height' (fractions of the image, origin top"
					+ " left; the 'box' of a citation region) cuts out a region.")
	public ResponseEntity<byte[]> page(@PathVariable String collection, @PathVariable long id, @PathVariable int page,
			@RequestParam(required = false) @Nullable Integer width,
			@RequestParam(required = false) @Nullable String crop) {
		int pixels = (width != null) ? width : DEFAULT_WIDTH;
		if (pixels < MIN_WIDTH || pixels > MAX_WIDTH) {
			throw new InvalidRequestException(
					"'width' must be between " + MIN_WIDTH + " and " + MAX_WIDTH + " pixels, got " + pixels + ".");
		}
		KnowledgeCollection owner = this.collections.require(collection);
		return send(this.images.page(owner, id, page, pixels), crop);
	}

	@GetMapping("/assets/{key}")
	@Operation(summary = "A stored image: scanned page, figure or video frame",
			description = "Citation regions name it in 'asset' and link it as 'imageUrl'. 'crop=x,y,width,height'"
					+ " cuts out a region.")
	public ResponseEntity<byte[]> asset(@PathVariable String collection, @PathVariable long id,
			@PathVariable String key, @RequestParam(required = false) @Nullable String crop) {
		KnowledgeCollection owner = this.collections.require(collection);
		return send(this.images.asset(owner, id, key), crop);
	}

	private static ResponseEntity<byte[]> send(EncodedImage image, @Nullable String crop) {
		EncodedImage sent = (crop != null && !crop.isBlank()) ? ImageCrop.crop(image, ImageCrop.parse(crop)) : image;
		// Private: the images belong to collections that API keys may restrict.
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(sent.mediaType()))
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(10)).cachePrivate())
			.body(sent.bytes());
	}

}
