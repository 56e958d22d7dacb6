package io.cairn.core.ingest.parse;

import java.time.Duration;

/**
 * Hard limits that keep one hostile or huge file from exhausting memory, disk or time. A
 * file over any limit is rejected with a {@link DocumentRejectedException}, never
 * truncated silently.
 *
 * @param maxBytes largest file accepted
 * @param maxPages most pages (or slides) accepted; checked before any text is extracted
 * @param maxCharacters most characters of extracted text
 * @param maxParseTime longest a parse may run
 * @param maxExpansionRatio for ZIP-based formats (DOCX, PPTX, XLSX): largest uncompressed
 * to compressed size ratio
 * @param maxExpandedBytes for ZIP-based formats: largest total uncompressed size
 */
public record ParseLimits(long maxBytes, int maxPages, long maxCharacters, Duration maxParseTime,
		double maxExpansionRatio, long maxExpandedBytes) {

	private static final long MIB = 1024L * 1024L;

	public ParseLimits {
		if (maxBytes <= 0 || maxPages <= 0 || maxCharacters <= 0 || maxExpandedBytes <= 0) {
			throw new IllegalArgumentException("parse limits must be positive");
		}
		if (maxParseTime.isNegative() || maxParseTime.isZero()) {
			throw new IllegalArgumentException("maxParseTime must be positive, got " + maxParseTime);
		}
		if (!(maxExpansionRatio >= 1)) {
			throw new IllegalArgumentException("maxExpansionRatio must be at least 1, got " + maxExpansionRatio);
		}
	}

	/** 100 MiB, 2,000 pages, 20 M characters, 120 s, 100x expansion, 1 GiB expanded. */
	public static ParseLimits defaults() {
		return new ParseLimits(100 * MIB, 2_000, 20_000_000L, Duration.ofSeconds(120), 100.0, 1024 * MIB);
	}

	public ParseLimits withMaxBytes(long value) {
		return new ParseLimits(value, this.maxPages, this.maxCharacters, this.maxParseTime, this.maxExpansionRatio,
				this.maxExpandedBytes);
	}

	public ParseLimits withMaxPages(int value) {
		return new ParseLimits(this.maxBytes, value, this.maxCharacters, this.maxParseTime, this.maxExpansionRatio,
				this.maxExpandedBytes);
	}

	public ParseLimits withMaxCharacters(long value) {
		return new ParseLimits(this.maxBytes, this.maxPages, value, this.maxParseTime, this.maxExpansionRatio,
				this.maxExpandedBytes);
	}

	public ParseLimits withMaxParseTime(Duration value) {
		return new ParseLimits(this.maxBytes, this.maxPages, this.maxCharacters, value, this.maxExpansionRatio,
				this.maxExpandedBytes);
	}

	public ParseLimits withMaxExpansion(double ratio, long expandedBytes) {
		return new ParseLimits(this.maxBytes, this.maxPages, this.maxCharacters, this.maxParseTime, ratio,
				expandedBytes);
	}

}
