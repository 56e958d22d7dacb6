package io.cairn.core.ingest.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Caps the OCR work of one document, so that a 500-page scan cannot hold a worker past
 * its parse time: OCR stops when its share of the parse time is used or when enough
 * figures were read, and what it skipped is reported as document notes.
 */
final class OcrBudget {

	private final OcrSettings options;

	private final long stopAtNanos;

	private int figures;

	private int pagesSkipped;

	private int figuresSkipped;

	private int duplicates;

	private int oversized;

	private int unreadable;

	OcrBudget(OcrSettings options, ParseDeadline deadline) {
		this.options = options;
		long share = (long) (deadline.remainingNanos() * options.timeShare());
		this.stopAtNanos = System.nanoTime() + share;
	}

	private boolean timeLeft() {
		return System.nanoTime() - this.stopAtNanos < 0;
	}

	/** Whether a scanned page may still be OCR'd; counts it as skipped if not. */
	boolean takePage() {
		if (timeLeft()) {
			return true;
		}
		this.pagesSkipped++;
		return false;
	}

	/** Whether one more figure may be OCR'd; counts it as skipped if not. */
	boolean takeFigure() {
		if (timeLeft() && this.figures < this.options.maxFigures()) {
			this.figures++;
			return true;
		}
		this.figuresSkipped++;
		return false;
	}

	void duplicate() {
		this.duplicates++;
	}

	void oversized() {
		this.oversized++;
	}

	void unreadable() {
		this.unreadable++;
	}

	/** What was left out, for the document's notes. */
	List<String> notes() {
		List<String> notes = new ArrayList<>();
		if (this.pagesSkipped > 0) {
			notes.add(this.pagesSkipped + " scanned page(s) were not read: OCR ran out of its share of the parse time. "
					+ "Raise cairn.ingest.parse-timeout or split the document to read them.");
		}
		if (this.figuresSkipped > 0) {
			notes.add(this.figuresSkipped + " image(s) were not read: OCR reached its limit of "
					+ this.options.maxFigures() + " images or its share of the parse time.");
		}
		if (this.duplicates > 0) {
			notes.add(this.duplicates + " repeated image(s) (such as a logo on every page) were indexed once.");
		}
		if (this.oversized > 0) {
			notes.add(this.oversized + " image(s) larger than " + this.options.maxImagePixels()
					+ " pixels were not read.");
		}
		if (this.unreadable > 0) {
			notes.add(this.unreadable + " image(s) in a format that cannot be decoded here were not read.");
		}
		return notes;
	}

}
