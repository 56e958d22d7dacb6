package io.cairn.core.media;

/**
 * A stretch of a recording.
 *
 * @param startMs start, in milliseconds from the beginning
 * @param endMs end (exclusive), in milliseconds from the beginning
 */
public record TimeSpan(long startMs, long endMs) {

	public TimeSpan {
		if (startMs < 0 || endMs < startMs) {
			throw new IllegalArgumentException("a time span needs 0 <= start <= end, got " + startMs + ".." + endMs);
		}
	}

	/** The smallest span that holds both. */
	public TimeSpan union(TimeSpan other) {
		return new TimeSpan(Math.min(this.startMs, other.startMs), Math.max(this.endMs, other.endMs));
	}

	public long durationMs() {
		return this.endMs - this.startMs;
	}

}
