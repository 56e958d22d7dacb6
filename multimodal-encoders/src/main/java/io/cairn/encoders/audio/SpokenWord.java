package io.cairn.encoders.audio;

/**
 * One recognized word and when it was said.
 *
 * @param text the word
 * @param startMs start, in milliseconds from the beginning of the recording
 * @param endMs end, in milliseconds
 */
public record SpokenWord(String text, long startMs, long endMs) {
}
