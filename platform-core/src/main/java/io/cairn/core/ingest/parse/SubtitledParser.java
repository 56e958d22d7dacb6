package io.cairn.core.ingest.parse;

import java.io.InputStream;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * A parser of recordings that can also read a sidecar subtitle file ({@code .srt},
 * {@code .vtt}) that came with the recording. Parsers that cannot are plain
 * {@link DocumentParser}s; the ingest checks for this interface.
 */
public interface SubtitledParser extends DocumentParser {

	/**
	 * How many subtitle cues {@code subtitles} holds; 0 when it has none that can be
	 * read, so an upload can be refused before anything is stored.
	 */
	int countCues(String subtitles);

	/**
	 * Same as {@link #parse(Path, String, ParseLimits, int, PageSink)}, reading the
	 * subtitles from {@code subtitles} (the sidecar's text) instead of the file's own.
	 */
	void parse(Path source, String mediaType, ParseLimits limits, int firstPage, PageSink sink,
			@Nullable String subtitles);

	/** Same as the path variant, spooling the stream to a temporary file. */
	default void parse(InputStream source, String mediaType, ParseLimits limits, int firstPage, PageSink sink,
			@Nullable String subtitles) {
		Path file = SourceFiles.spool(source, limits.maxBytes());
		try {
			parse(file, mediaType, limits, firstPage, sink, subtitles);
		}
		finally {
			SourceFiles.deleteQuietly(file);
		}
	}

}
