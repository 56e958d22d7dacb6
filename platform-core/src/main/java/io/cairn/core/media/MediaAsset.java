package io.cairn.core.media;

import org.jspecify.annotations.Nullable;

/**
 * An image kept with a document so that a citation can show it: a scanned page, an
 * embedded figure, a video keyframe.
 *
 * @param key the asset's name within its document (letters, digits, '-', '_', '.'),
 * referenced by {@code Element#asset()}
 * @param kind what the image shows
 * @param page the 1-based page (or, for recordings, the checkpoint unit) it belongs to
 * @param box where it sits on its page, when it is part of a page
 * @param time when it is shown, for video frames
 * @param mediaType {@code image/png} or {@code image/jpeg}
 * @param width width in pixels
 * @param height height in pixels
 * @param perceptualHash 64-bit difference hash of the image, for near-duplicate detection
 * @param bytes the encoded image
 */
public record MediaAsset(String key, AssetKind kind, int page, @Nullable Box box, @Nullable TimeSpan time,
		String mediaType, int width, int height, long perceptualHash, byte[] bytes) {

	public MediaAsset {
		if (!key.matches("[A-Za-z0-9._-]{1,100}")) {
			throw new IllegalArgumentException("an asset key is 1-100 of [A-Za-z0-9._-], got '" + key + "'");
		}
		if (page < 1) {
			throw new IllegalArgumentException("page is 1-based, got " + page);
		}
		if (!mediaType.equals("image/png") && !mediaType.equals("image/jpeg")) {
			throw new IllegalArgumentException("assets are PNG or JPEG, got " + mediaType);
		}
	}

	@Override
	public String toString() {
		return "MediaAsset[" + this.key + ", " + this.kind + ", page " + this.page + ", " + this.width + "x"
				+ this.height + ", " + this.bytes.length + " bytes]";
	}

}
