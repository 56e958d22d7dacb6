package io.cairn.core.multimodal;

import io.cairn.core.media.Box;
import io.cairn.core.media.MediaAsset;
import io.cairn.core.media.TimeSpan;
import org.jspecify.annotations.Nullable;

/**
 * The image model's vector of one media asset, with what a search hit reports.
 *
 * @param collectionId the collection searched
 * @param documentId the owning document
 * @param assetKey the asset's key
 * @param page its page
 * @param box its place on the page
 * @param time its time, for frames
 * @param vector unit vector in the image model's space
 */
public record ImageVector(long collectionId, long documentId, String assetKey, int page, @Nullable Box box,
		@Nullable TimeSpan time, float[] vector) {

	static ImageVector of(long collectionId, long documentId, MediaAsset asset, float[] vector) {
		return new ImageVector(collectionId, documentId, asset.key(), asset.page(), asset.box(), asset.time(), vector);
	}

	ImageHit hit(double score) {
		return new ImageHit(this.documentId, this.assetKey, this.page, this.box, this.time, score);
	}

}
