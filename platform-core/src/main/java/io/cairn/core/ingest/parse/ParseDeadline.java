package io.cairn.core.ingest.parse;

import java.time.Duration;

/** The moment a parse must have finished by; checked between pages and SAX events. */
public final class ParseDeadline {

	private final Duration budget;

	private final long deadlineNanos;

	private ParseDeadline(Duration budget) {
		this.budget = budget;
		this.deadlineNanos = System.nanoTime() + budget.toNanos();
	}

	public static ParseDeadline start(ParseLimits limits) {
		return new ParseDeadline(limits.maxParseTime());
	}

	public boolean expired() {
		return System.nanoTime() - this.deadlineNanos >= 0;
	}

	public long remainingNanos() {
		return Math.max(0, this.deadlineNanos - System.nanoTime());
	}

	/**
	 * @throws DocumentRejectedException PARSE_TIMEOUT once the deadline has passed
	 */
	public void check() {
		if (expired()) {
			throw timeout();
		}
	}

	public DocumentRejectedException timeout() {
		return DocumentRejectedException.timeout(this.budget);
	}

}
