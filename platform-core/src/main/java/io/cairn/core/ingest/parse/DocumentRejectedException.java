package io.cairn.core.ingest.parse;

import java.time.Duration;
import java.util.Collection;

import org.jspecify.annotations.Nullable;

/**
 * A document that Cairn will not ingest. The message says what is wrong and what the user
 * can do about it, so that it can be shown as is; {@link #reason()} is the stable code
 * for programs.
 */
public class DocumentRejectedException extends RuntimeException {

	private final RejectionReason reason;

	public DocumentRejectedException(RejectionReason reason, String message) {
		this(reason, message, null);
	}

	public DocumentRejectedException(RejectionReason reason, String message, @Nullable Throwable cause) {
		super(message, cause);
		this.reason = reason;
	}

	public RejectionReason reason() {
		return this.reason;
	}

	public static DocumentRejectedException empty() {
		return new DocumentRejectedException(RejectionReason.EMPTY,
				"The file is empty (0 bytes). Check that the upload completed and send the file again.");
	}

	public static DocumentRejectedException unsupported(String mediaType, Collection<String> supported) {
		return new DocumentRejectedException(RejectionReason.UNSUPPORTED_MEDIA_TYPE, "Files of type " + mediaType
				+ " are not supported. Convert the document to one of: " + String.join(", ", supported) + ".");
	}

	public static DocumentRejectedException mismatch(String fileName, String typeFromName, String typeFromContent) {
		return new DocumentRejectedException(RejectionReason.MEDIA_TYPE_MISMATCH,
				"The file name '" + fileName + "' says " + typeFromName + ", but its content is " + typeFromContent
						+ ". Rename the file to match its content, or upload the intended file.");
	}

	public static DocumentRejectedException encrypted() {
		return new DocumentRejectedException(RejectionReason.ENCRYPTED,
				"The document is password-protected. Remove the password (save an unprotected copy) and upload it again.");
	}

	public static DocumentRejectedException corrupt(String detail, @Nullable Throwable cause) {
		return new DocumentRejectedException(RejectionReason.CORRUPT, "The document could not be read: " + detail
				+ ". It may be damaged or truncated; open and re-save it, or export it again, then upload the new file.",
				cause);
	}

	public static DocumentRejectedException tooManyPages(int pages, int maxPages) {
		return new DocumentRejectedException(RejectionReason.TOO_MANY_PAGES, "The document has " + pages
				+ " pages; at most " + maxPages + " are accepted. Split it into smaller documents and upload those.");
	}

	public static DocumentRejectedException tooManyCharacters(long maxCharacters) {
		return new DocumentRejectedException(RejectionReason.TOO_MANY_CHARACTERS, "The document has more than "
				+ maxCharacters + " characters of text. Split it into smaller documents and upload those.");
	}

	public static DocumentRejectedException tooLarge(long bytes, long maxBytes) {
		return new DocumentRejectedException(RejectionReason.TOO_LARGE,
				"The file is larger than the limit of " + maxBytes + " bytes (" + bytes
						+ " bytes or more). Compress its images or split it, then upload it again.");
	}

	public static DocumentRejectedException timeout(Duration maxParseTime) {
		return new DocumentRejectedException(RejectionReason.PARSE_TIMEOUT,
				"Reading the document took longer than " + maxParseTime.toSeconds()
						+ " s. Split it into smaller documents or simplify it, then upload it again.");
	}

	public static DocumentRejectedException archiveBomb(String detail) {
		return new DocumentRejectedException(RejectionReason.ARCHIVE_BOMB, "The file expands to far more data than "
				+ "a document should (" + detail + "), which is how decompression bombs work. "
				+ "It was not read; if it is a genuine document, re-save it from its application and upload it again.");
	}

	public static DocumentRejectedException noText() {
		return new DocumentRejectedException(RejectionReason.NO_TEXT,
				"The document contains no extractable text; it may consist of scanned images. "
						+ "Upload a version with a text layer, or enable OCR for this collection.");
	}

	/** A recording longer than the configured maximum duration. */
	public static DocumentRejectedException tooLong(Duration duration, Duration maxDuration) {
		return new DocumentRejectedException(RejectionReason.TOO_LONG,
				"The recording is " + duration.toSeconds() + " s long; at most " + maxDuration.toSeconds()
						+ " s are accepted. Cut it into shorter parts and upload those.");
	}

	/** A subtitle file sent with a video that cannot be used. */
	public static DocumentRejectedException invalidSidecar(String detail) {
		return new DocumentRejectedException(RejectionReason.INVALID_SIDECAR, "The subtitle file " + detail
				+ ". Send a SubRip (.srt) or WebVTT (.vtt) file in UTF-8 with the video, or the video alone.");
	}

}
