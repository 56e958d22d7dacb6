package io.cairn.core.media;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.cairn.core.ingest.parse.Element;
import org.jspecify.annotations.Nullable;

/**
 * Where a chunk's content sits in its source, beyond the page range: the page regions and
 * images it was read from, and the time span for recordings.
 *
 * @param regions one region per page and image, in reading order; empty when the parser
 * knows no positions (Office files, HTML, text)
 * @param time the stretch of a recording the chunk covers
 */
public record SourceLocation(List<PageRegion> regions, @Nullable TimeSpan time) {

	/** At most this many regions are kept per chunk; a chunk rarely spans more. */
	public static final int MAX_REGIONS = 16;

	public static final SourceLocation NONE = new SourceLocation(List.of(), null);

	public SourceLocation {
		regions = List.copyOf(regions);
	}

	/**
	 * The location of content made of these elements: per page and image the union of
	 * their boxes, and the union of their time spans.
	 */
	public static SourceLocation of(List<Element> covered) {
		Map<String, PageRegion> regions = new LinkedHashMap<>();
		TimeSpan time = null;
		for (Element element : covered) {
			if (element.time() != null) {
				time = (time == null) ? element.time() : time.union(element.time());
			}
			if (element.box() == null && element.asset() == null) {
				continue;
			}
			String key = element.page() + "/" + Objects.requireNonNullElse(element.asset(), "");
			PageRegion known = regions.get(key);
			Box box = element.box();
			if (known != null && known.box() != null && box != null) {
				box = known.box().union(box);
			}
			else if (known != null) {
				box = (known.box() != null) ? known.box() : box;
			}
			if (known != null || regions.size() < MAX_REGIONS) {
				regions.put(key, new PageRegion(element.page(), box, element.asset()));
			}
		}
		return new SourceLocation(new ArrayList<>(regions.values()), time);
	}

	/** Whether anything more than the page range is known. */
	public boolean known() {
		return !this.regions.isEmpty() || this.time != null;
	}

}
