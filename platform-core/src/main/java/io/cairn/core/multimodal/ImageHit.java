package io.cairn.core.multimodal;

import io.cairn.core.media.Box;
import io.cairn.core.media.TimeSpan;
import org.jspecify.annotations.Nullable;

/**
 * An image found by a text query: which asset of which document, where it sits, and how
 * well it matches.
 *
 * @param documentId the document the image belongs to
 * @param assetKey the asset's key within the document
 * @param page its 1-based page (checkpoint unit for recordings)
 * @param box where it sits on its page, when known
 * @param time when it is shown, for video frames
 * @param score cosine similarity of query and image in the image model's space
 */
public record ImageHit(long documentId, String assetKey, int page, @Nullable Box box, @Nullable TimeSpan time,
		double score) {
}
