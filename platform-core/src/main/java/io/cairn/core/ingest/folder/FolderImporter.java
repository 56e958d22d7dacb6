package io.cairn.core.ingest.folder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.cairn.core.InvalidRequestException;
import io.cairn.core.document.DocumentRepository.StoredUpload;
import io.cairn.core.document.DuplicateDocumentException;
import io.cairn.core.document.Sidecar;
import io.cairn.core.ingest.IngestService;
import io.cairn.core.ingest.SidecarFiles;
import io.cairn.core.ingest.Upload;
import io.cairn.core.ingest.folder.FolderImport.FileOutcome;
import io.cairn.core.ingest.folder.FolderImport.Status;
import io.cairn.core.ingest.parse.DocumentRejectedException;
import org.jspecify.annotations.Nullable;

/**
 * Submits every file of a server folder to the ingest, as if each had been uploaded. The
 * file list is checked against the limit before anything is submitted; hidden files are
 * skipped; each file gets the same checks as an upload, and its path in the folder is
 * kept as the metadata value {@code path}.
 */
public final class FolderImporter {

	/** How deep a recursive import descends. */
	private static final int MAX_DEPTH = 16;

	private final IngestService ingest;

	private final FolderImportRoots roots;

	private final int maxFiles;

	private final long maxBytes;

	public FolderImporter(IngestService ingest, FolderImportRoots roots, int maxFiles, long maxBytes) {
		this.ingest = ingest;
		this.roots = roots;
		this.maxFiles = maxFiles;
		this.maxBytes = maxBytes;
	}

	public FolderImport importFolder(String collection, String requested, boolean recursive, @Nullable String profile,
			Map<String, String> metadata) {
		Path folder = this.roots.resolve(requested);
		List<Path> files = list(folder, recursive);
		if (files.size() > this.maxFiles) {
			throw new InvalidRequestException("'" + requested + "' holds " + files.size() + " files; one import takes"
					+ " at most " + this.maxFiles + ". Import its subfolders one by one.");
		}
		Map<Path, Path> sidecars = SidecarPairs.of(files);
		Set<Path> attached = Set.copyOf(sidecars.values());
		List<FileOutcome> outcomes = new ArrayList<>(files.size());
		for (Path file : files) {
			// A subtitle file that goes with a video is part of that video's document.
			if (!attached.contains(file)) {
				outcomes.add(submit(collection, folder, file, sidecars.get(file), profile, metadata));
			}
		}
		return FolderImport.of(folder.toString(), outcomes);
	}

	private FileOutcome submit(String collection, Path folder, Path file, @Nullable Path sidecarFile,
			@Nullable String profile, Map<String, String> metadata) {
		String relative = folder.relativize(file).toString();
		String sidecarPath = (sidecarFile != null) ? folder.relativize(sidecarFile).toString() : null;
		try {
			long size = Files.size(file);
			if (size > this.maxBytes) {
				throw DocumentRejectedException.tooLarge(size, this.maxBytes);
			}
			Map<String, String> tagged = new HashMap<>(metadata);
			tagged.putIfAbsent("path", relative);
			StoredUpload stored = this.ingest.submit(collection, new Upload(file.getFileName().toString(),
					Files.readAllBytes(file), null, profile, tagged, sidecar(sidecarFile)));
			return new FileOutcome(relative, Status.ACCEPTED, stored.document().id(), stored.job().id(), null, null,
					sidecarPath);
		}
		catch (DuplicateDocumentException ex) {
			return new FileOutcome(relative, Status.DUPLICATE, ex.existingDocumentId(), null, null, ex.getMessage());
		}
		catch (DocumentRejectedException ex) {
			return new FileOutcome(relative, Status.REJECTED, null, null, ex.reason().name().toLowerCase(Locale.ROOT),
					ex.getMessage());
		}
		catch (IOException ex) {
			return new FileOutcome(relative, Status.REJECTED, null, null, "unreadable",
					"The file could not be read: " + ex.getMessage());
		}
	}

	private static @Nullable Sidecar sidecar(@Nullable Path file) throws IOException {
		if (file == null) {
			return null;
		}
		long size = Files.size(file);
		if (size > SidecarFiles.MAX_BYTES) {
			throw DocumentRejectedException
				.invalidSidecar("'" + file.getFileName() + "' is larger than " + SidecarFiles.MAX_BYTES + " bytes");
		}
		return SidecarFiles.decode(file.getFileName().toString(), Files.readAllBytes(file));
	}

	private static List<Path> list(Path folder, boolean recursive) {
		try (Stream<Path> walk = Files.walk(folder, recursive ? MAX_DEPTH : 1, new FileVisitOption[0])) {
			return walk.filter((path) -> !path.equals(folder))
				.filter((path) -> !hidden(folder.relativize(path)))
				.filter((path) -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not list " + folder, ex);
		}
	}

	// Links are not followed: a link in an import folder must not reach files outside it.

	/** Dot files and anything inside a dot folder (.git, .DS_Store, editor backups). */
	private static boolean hidden(Path relative) {
		for (Path part : relative) {
			if (part.toString().startsWith(".")) {
				return true;
			}
		}
		return false;
	}

}
