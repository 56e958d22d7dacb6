package io.cairn.core.ingest.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Size checks and temporary copies of source files. */
final class SourceFiles {

	private SourceFiles() {
	}

	/** Returns the file's size, rejecting empty files and files over {@code maxBytes}. */
	static long checkSize(Path file, ParseLimits limits) {
		long size;
		try {
			size = Files.size(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
		if (size == 0) {
			throw DocumentRejectedException.empty();
		}
		if (size > limits.maxBytes()) {
			throw DocumentRejectedException.tooLarge(size, limits.maxBytes());
		}
		return size;
	}

	/**
	 * Copies the stream to a temporary file, stopping as soon as it is over
	 * {@code maxBytes}.
	 */
	static Path spool(InputStream source, long maxBytes) {
		try {
			Path file = Files.createTempFile("cairn-parse-", ".bin");
			try (OutputStream out = Files.newOutputStream(file)) {
				byte[] buffer = new byte[64 * 1024];
				long total = 0;
				for (int read; (read = source.read(buffer)) != -1;) {
					total += read;
					if (total > maxBytes) {
						deleteQuietly(file);
						throw DocumentRejectedException.tooLarge(total, maxBytes);
					}
					out.write(buffer, 0, read);
				}
			}
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot spool the document to a temporary file", ex);
		}
	}

	/** Deletes a temporary file; a failure must not hide the parse's own outcome. */
	static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			file.toFile().deleteOnExit();
		}
	}

}
