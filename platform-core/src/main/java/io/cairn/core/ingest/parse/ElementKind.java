package io.cairn.core.ingest.parse;

/** What a parsed element is; decides how the chunker treats it. */
public enum ElementKind {

	/** A section title; starts a new section and extends the heading path. */
	HEADING,

	/** A paragraph or block of running text. */
	TEXT,

	/** A whole table, kept together with its caption. */
	TABLE,

	/** One item of a bulleted or numbered list. */
	LIST_ITEM,

	/** The caption of a figure or of a table that was not found next to its table. */
	CAPTION,

	/** Text read by OCR from a scanned page, an image, a figure or a video frame. */
	IMAGE_TEXT,

	/** A subtitle cue of a video (embedded stream or sidecar .srt/.vtt). */
	SUBTITLE,

	/** Recognised speech of a video or audio file. */
	SPEECH

}
