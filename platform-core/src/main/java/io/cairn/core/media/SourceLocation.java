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
 * @param parts where in the chunk's text each placed element's text sits, so a citation
 * of part of the chunk can be narrowed to its own regions; empty when unknown (chunks
 * stored before parts existed)
 */
public record SourceLocation(List<PageRegion> regions, @Nullable TimeSpan time, List<TextRegion> parts) {

	/** At most this many regions are kept per chunk; a chunk rarely spans more. */
	public static final int MAX_REGIONS = 16;

	public static final SourceLocation NONE = new SourceLocation(List.of(), null);

	public SourceLocation {
		// read back from JSON written before a component existed, it is null
		regions = (regions != null) ? List.copyOf(regions) : List.of();
		parts = (parts != null) ? List.copyOf(parts) : List.of();
	}

	public SourceLocation(List<PageRegion> regions, @Nullable TimeSpan time) {
		this(regions, time, List.of());
	}

	/**
	 * The location of content made of these elements: per page and image the union of
	 * their boxes, and the union of their time spans.
	 */
	public static SourceLocation of(List<Element> covered) {
		TimeSpan time = null;
		List<PageRegion> placed = new ArrayList<>();
		for (Element element : covered) {
			if (element.time() != null) {
				time = (time == null) ? element.time() : time.union(element.time());
			}
			if (element.box() != null || element.asset() != null) {
				placed.add(new PageRegion(element.page(), element.box(), element.asset()));
			}
		}
		return new SourceLocation(merge(placed), time);
	}

	/**
	 * Same, with where each element's text sits in {@code chunkText}, for
	 * {@link #narrowTo}.
	 */
	public static SourceLocation of(List<Element> covered, String chunkText) {
		SourceLocation whole = of(covered);
		return new SourceLocation(whole.regions, whole.time, TextRegionLocator.locate(covered, chunkText));
	}

	/**
	 * The regions of the elements whose text overlaps {@code [start, end)} of the chunk's
	 * text (a cited sentence); the whole location when that is not known.
	 */
	public SourceLocation narrowTo(int start, int end) {
		List<PageRegion> cited = new ArrayList<>();
		for (TextRegion part : this.parts) {
			if (part.overlaps(start, end)) {
				cited.add(part.region());
			}
		}
		return cited.isEmpty() ? this : new SourceLocation(merge(cited), this.time);
	}

	/** Per page and image, the union of the boxes, in order of first appearance. */
	private static List<PageRegion> merge(List<PageRegion> placed) {
		Map<String, PageRegion> regions = new LinkedHashMap<>();
		for (PageRegion element : placed) {
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
		return new ArrayList<>(regions.values());
	}

	/** Whether anything more than the page range is known. */
	public boolean known() {
		return !this.regions.isEmpty() || this.time != null;
	}

}
