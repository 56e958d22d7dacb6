package io.cairn.api.media;

import java.util.List;

import io.cairn.core.media.Box;
import io.cairn.core.media.PageRegion;
import io.cairn.core.media.SourceLocation;
import io.cairn.core.media.TimeSpan;
import org.jspecify.annotations.Nullable;

/**
 * Where a cited chunk sits in its source, with the URL of the image each region is on.
 *
 * @param regions page regions and images, in reading order; empty when the format has no
 * layout (Office, HTML, text)
 * @param time the stretch of a recording, in milliseconds from its start
 */
public record LocationView(List<RegionView> regions, @Nullable TimeSpan time) {

	public static LocationView of(String collection, long documentId, SourceLocation location) {
		return new LocationView(
				location.regions().stream().map((region) -> RegionView.of(collection, documentId, region)).toList(),
				location.time());
	}

	/**
	 * One region.
	 *
	 * @param page 1-based page (for recordings: the minute)
	 * @param box the region as fractions of the image (0 to 1, origin top left); null
	 * when the whole image is meant
	 * @param asset the stored image the region is on; null for a PDF page, which is
	 * rendered on request
	 * @param imageUrl the image to draw the box on
	 */
	public record RegionView(int page, @Nullable Box box, @Nullable String asset, String imageUrl) {

		static RegionView of(String collection, long documentId, PageRegion region) {
			String url = (region.asset() != null) ? MediaUrls.asset(collection, documentId, region.asset())
					: MediaUrls.page(collection, documentId, region.page());
			return new RegionView(region.page(), region.box(), region.asset(), url);
		}

	}

}
