package io.cairn.encoders.audio;

import java.util.ArrayList;
import java.util.List;

import io.cairn.core.ingest.parse.ElementKind;
import io.cairn.core.media.TimeSpan;

/**
 * Groups timed lines (subtitle cues, recognized words) into segments of at most
 * {@link #WINDOW_MS}, never across a minute (a recording's page) and split at long
 * pauses; the lines of one segment share its span.
 */
public final class Segments {

	/** Longest segment: about a paragraph of speech. */
	public static final long WINDOW_MS = 30_000;

	/** A pause this long starts a new segment. */
	private static final long PAUSE_MS = 2_000;

	private Segments() {
	}

	/** A line of text and when it is shown or said. */
	public record TimedLine(String text, TimeSpan span) {
	}

	/**
	 * @param lines in time order
	 * @param joinWords true to join the lines of a segment into one element (words),
	 * false to keep one element per line (subtitle cues)
	 */
	public static List<TimedElement> group(List<TimedLine> lines, ElementKind kind, boolean joinWords) {
		List<TimedElement> elements = new ArrayList<>();
		List<TimedLine> current = new ArrayList<>();
		for (TimedLine line : lines) {
			if (!current.isEmpty() && startsNewSegment(current, line)) {
				flush(current, kind, joinWords, elements);
			}
			current.add(line);
		}
		flush(current, kind, joinWords, elements);
		return elements;
	}

	private static boolean startsNewSegment(List<TimedLine> current, TimedLine next) {
		TimeSpan first = current.get(0).span();
		TimeSpan last = current.get(current.size() - 1).span();
		return next.span().endMs() - first.startMs() > WINDOW_MS
				|| next.span().startMs() / RecordingPages.PAGE_MS != first.startMs() / RecordingPages.PAGE_MS
				|| next.span().startMs() - last.endMs() > PAUSE_MS;
	}

	private static void flush(List<TimedLine> current, ElementKind kind, boolean joinWords,
			List<TimedElement> elements) {
		if (current.isEmpty()) {
			return;
		}
		TimeSpan span = current.get(0).span();
		for (TimedLine line : current) {
			span = span.union(line.span());
		}
		if (joinWords) {
			elements.add(TimedElement.of(kind, String.join(" ", current.stream().map(TimedLine::text).toList()), span));
		}
		else {
			for (TimedLine line : current) {
				elements.add(TimedElement.of(kind, line.text(), span));
			}
		}
		current.clear();
	}

}
