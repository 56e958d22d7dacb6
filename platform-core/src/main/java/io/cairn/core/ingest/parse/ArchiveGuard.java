package io.cairn.core.ingest.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Refuses ZIP-based documents (DOCX, PPTX, XLSX) that would expand to far more data than
 * they hold: first by the sizes the archive declares, then by inflating it with a cap,
 * since declared sizes can lie. Runs before any parser opens the archive.
 */
final class ArchiveGuard {

	/**
	 * Small archives may expand more than the ratio allows: styles and XML compress very
	 * well.
	 */
	static final long RATIO_GRACE_BYTES = 1024L * 1024L;

	/** Hundreds of thousands of entries are a bomb of another kind: work per entry. */
	static final int MAX_ENTRIES = 50_000;

	private ArchiveGuard() {
	}

	static void check(Path archive, long compressedBytes, ParseLimits limits) {
		long cap = Math.min(limits.maxExpandedBytes(), Math.max(RATIO_GRACE_BYTES,
				(long) Math.min(Long.MAX_VALUE, compressedBytes * limits.maxExpansionRatio())));
		try (ZipFile zip = new ZipFile(archive.toFile())) {
			if (zip.size() > MAX_ENTRIES) {
				throw DocumentRejectedException.archiveBomb(zip.size() + " entries, at most " + MAX_ENTRIES);
			}
			checkDeclaredSizes(zip, compressedBytes, cap);
			checkInflatedSizes(zip, compressedBytes, cap);
		}
		catch (ZipException ex) {
			throw DocumentRejectedException.corrupt("it is not a valid Office Open XML (ZIP) file", ex);
		}
		catch (IOException ex) {
			throw DocumentRejectedException.corrupt("its ZIP structure is damaged (" + ex.getMessage() + ")", ex);
		}
	}

	private static void checkDeclaredSizes(ZipFile zip, long compressedBytes, long cap) {
		long declared = 0;
		for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
			declared += Math.max(0, entries.nextElement().getSize());
			if (declared > cap) {
				throw bomb("declares", declared, compressedBytes);
			}
		}
	}

	private static void checkInflatedSizes(ZipFile zip, long compressedBytes, long cap) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		long inflated = 0;
		for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
			try (InputStream in = zip.getInputStream(entries.nextElement())) {
				for (int read; (read = in.read(buffer)) != -1;) {
					inflated += read;
					if (inflated > cap) {
						throw bomb("expands to", inflated, compressedBytes);
					}
				}
			}
		}
	}

	private static DocumentRejectedException bomb(String verb, long expanded, long compressedBytes) {
		return DocumentRejectedException.archiveBomb("the " + compressedBytes + "-byte file " + verb + " more than "
				+ expanded + " bytes, " + Math.round((double) expanded / compressedBytes) + " times its size");
	}

}
