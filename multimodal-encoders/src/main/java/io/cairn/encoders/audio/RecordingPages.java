package io.cairn.encoders.audio;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.cairn.core.ingest.parse.DocumentRejectedException;
import io.cairn.core.ingest.parse.Element;
import io.cairn.core.ingest.parse.PageSink;
import io.cairn.core.ingest.parse.ParseLimits;
import io.cairn.core.media.MediaAsset;

/**
 * Delivers a recording's elements one page per minute: page n holds what starts in minute
 * n. Every page is delivered, also silent minutes, so that pages add up to the count.
 */
public final class RecordingPages {

	public static final long PAGE_MS = 60_000;

	private RecordingPages() {
	}

	public static int pageCount(long durationMs) {
		return (int) Math.max(1, (durationMs + PAGE_MS - 1) / PAGE_MS);
	}

	public static int pageOf(long timeMs, int pageCount) {
		return (int) Math.min(pageCount, timeMs / PAGE_MS + 1);
	}

	/**
	 * Numbers the elements in time order and hands pages {@code firstPage..pageCount} to
	 * the sink.
	 * @return the number of elements in the whole recording
	 * @throws DocumentRejectedException TOO_MANY_PAGES or TOO_MANY_CHARACTERS
	 */
	public static int deliver(long durationMs, List<TimedElement> timed, List<MediaAsset> assets, ParseLimits limits,
			int firstPage, PageSink sink) {
		int pageCount = pageCount(durationMs);
		if (pageCount > limits.maxPages()) {
			throw DocumentRejectedException.tooManyPages(pageCount, limits.maxPages());
		}
		long characters = timed.stream().mapToLong((element) -> element.text().length()).sum();
		if (characters > limits.maxCharacters()) {
			throw DocumentRejectedException.tooManyCharacters(limits.maxCharacters());
		}
		// Stable: the lines of one segment stay together and in their order.
		List<TimedElement> ordered = timed.stream()
			.sorted(Comparator.comparingLong((TimedElement element) -> element.span().startMs())
				.thenComparingLong((element) -> element.span().endMs())
				.thenComparing(TimedElement::kind))
			.toList();
		List<List<Element>> pages = new ArrayList<>();
		for (int i = 0; i < pageCount; i++) {
			pages.add(new ArrayList<>());
		}
		for (int ordinal = 0; ordinal < ordered.size(); ordinal++) {
			TimedElement element = ordered.get(ordinal);
			int page = pageOf(element.span().startMs(), pageCount);
			pages.get(page - 1)
				.add(new Element(ordinal, element.kind(), element.text(), page, List.of(), 0, null, element.box(),
						element.span(), element.asset()));
		}
		sink.pageCount(pageCount);
		for (int page = Math.max(1, firstPage); page <= pageCount; page++) {
			int number = page;
			sink.page(page, pages.get(page - 1), assets.stream().filter((asset) -> asset.page() == number).toList());
		}
		return ordered.size();
	}

}
