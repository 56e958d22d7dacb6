package io.cairn.core.ingest.parse;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * Parses one file into {@link Element}s, page by page, within {@link ParseLimits}.
 * Problems with the file are thrown as {@link DocumentRejectedException}s.
 */
public interface DocumentParser {

	/**
	 * Whether this parser reads the given normalised media type (see
	 * {@link SupportedMediaTypes}).
	 */
	boolean supports(String mediaType);

	/**
	 * Parses {@code source} and hands its pages to {@code sink}, starting at
	 * {@code firstPage}: pages before it are read (so that heading paths and element
	 * ordinals come out the same) but not delivered. That is how an interrupted ingest
	 * resumes after its last checkpointed page.
	 * @param source the file; random access lets parsers avoid holding it in memory
	 * @param mediaType the normalised media type, as {@link MediaTypeDetector} returns it
	 * @param limits hard limits; the file is rejected when it goes over one
	 * @param firstPage 1-based first page to deliver
	 * @param sink receives the page count, then the pages
	 * @throws DocumentRejectedException when the file cannot or must not be parsed; a
	 * document without any text is rejected with {@link RejectionReason#NO_TEXT} after
	 * its (empty) pages were delivered, so a caller can OCR those pages instead
	 */
	void parse(Path source, String mediaType, ParseLimits limits, int firstPage, PageSink sink);

	/**
	 * Same as {@link #parse(Path, String, ParseLimits, int, PageSink)}, spooling the
	 * stream to a temporary file.
	 */
	default void parse(InputStream source, String mediaType, ParseLimits limits, int firstPage, PageSink sink) {
		Path file = SourceFiles.spool(source, limits.maxBytes());
		try {
			parse(file, mediaType, limits, firstPage, sink);
		}
		finally {
			SourceFiles.deleteQuietly(file);
		}
	}

	/**
	 * Checks at upload, before anything is stored, that the file can be read: encryption,
	 * corruption, page count and archive expansion. By default the file is parsed up to
	 * its first page; parsers whose first page costs the whole file (recordings, where
	 * keyframes and speech span the full length) check the file's headers instead.
	 * @throws DocumentRejectedException when the file cannot or must not be parsed
	 */
	default void preflight(Path source, String mediaType, ParseLimits limits) {
		try {
			parse(source, mediaType, limits, 1, new FirstPageCheck());
		}
		catch (FirstPageCheck.Stop expected) {
			// the file opened and its size is within the limits
		}
	}

	/** Same as the path variant, spooling the stream to a temporary file. */
	default void preflight(InputStream source, String mediaType, ParseLimits limits) {
		Path file = SourceFiles.spool(source, limits.maxBytes());
		try {
			preflight(file, mediaType, limits);
		}
		finally {
			SourceFiles.deleteQuietly(file);
		}
	}

}
