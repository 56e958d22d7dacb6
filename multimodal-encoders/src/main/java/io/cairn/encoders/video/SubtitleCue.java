package io.cairn.encoders.video;

import io.cairn.core.media.TimeSpan;

/**
 * One subtitle: its text and when it is shown.
 *
 * @param span when it is on screen
 * @param text the text, markup removed, lines joined with a space
 */
public record SubtitleCue(TimeSpan span, String text) {
}
