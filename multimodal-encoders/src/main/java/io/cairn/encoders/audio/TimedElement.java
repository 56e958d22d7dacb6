package io.cairn.encoders.audio;

import io.cairn.core.ingest.parse.ElementKind;
import io.cairn.core.media.Box;
import io.cairn.core.media.TimeSpan;
import org.jspecify.annotations.Nullable;

/**
 * An element of a recording before it gets its ordinal and page.
 *
 * @param kind SUBTITLE, SPEECH or IMAGE_TEXT
 * @param text the text
 * @param span the segment it belongs to: every element of a segment has the same span, so
 * that the chunker keeps segments apart
 * @param box where on the frame, for text read off a keyframe
 * @param asset the keyframe's asset key
 */
public record TimedElement(ElementKind kind, String text, TimeSpan span, @Nullable Box box, @Nullable String asset) {

	public static TimedElement of(ElementKind kind, String text, TimeSpan span) {
		return new TimedElement(kind, text, span, null, null);
	}

}
