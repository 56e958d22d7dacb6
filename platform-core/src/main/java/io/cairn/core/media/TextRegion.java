package io.cairn.core.media;

/**
 * The stretch {@code [start, end)} of a chunk's text that one element with a known place
 * contributed, and that place: what lets a citation of a sentence point at the sentence's
 * paragraph rather than at everything the chunk covers.
 *
 * @param start first character in the chunk text
 * @param end one past the last character
 * @param region where the element sits
 */
public record TextRegion(int start, int end, PageRegion region) {

	public TextRegion {
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("invalid text range [" + start + ", " + end + ")");
		}
	}

	boolean overlaps(int from, int to) {
		return this.start < to && from < this.end;
	}

}
