package io.cairn.core.media;

import org.jspecify.annotations.Nullable;

/**
 * A place a citation can point at: a region of a page, or an image kept with the
 * document.
 *
 * @param page 1-based page (slide, image page; the checkpoint unit for recordings)
 * @param box the region on the page (or on the asset, for figures and frames); null when
 * only the page or the image as a whole is known
 * @param asset key of the stored image the region belongs to, null for a PDF page with a
 * text layer (its image is rendered on request)
 */
public record PageRegion(int page, @Nullable Box box, @Nullable String asset) {

	public PageRegion {
		if (page < 1) {
			throw new IllegalArgumentException("page is 1-based, got " + page);
		}
	}

}
