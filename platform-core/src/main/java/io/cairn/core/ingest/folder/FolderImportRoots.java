package io.cairn.core.ingest.folder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import io.cairn.core.InvalidRequestException;
import io.cairn.core.NotFoundException;

/**
 * The server folders an operator lets users import from. A requested folder must resolve,
 * after following links, to one of them or a folder below one, so that {@code ..} or a
 * symbolic link cannot reach the rest of the file system.
 */
public final class FolderImportRoots {

	private final List<Path> roots;

	public FolderImportRoots(List<Path> roots) {
		this.roots = roots.stream().map((root) -> root.toAbsolutePath().normalize()).toList();
	}

	public boolean enabled() {
		return !this.roots.isEmpty();
	}

	public List<Path> roots() {
		return this.roots;
	}

	/**
	 * The real path of a requested folder.
	 * @throws FolderImportDisabledException if no roots are configured
	 * @throws NotFoundException if it does not exist
	 * @throws InvalidRequestException if it is outside the roots or not a folder
	 */
	public Path resolve(String requested) {
		if (!enabled()) {
			throw new FolderImportDisabledException();
		}
		if (requested.isBlank() || requested.indexOf('\0') >= 0) {
			throw new InvalidRequestException("'path' must name a folder on the server.");
		}
		Path real;
		try {
			real = Path.of(requested).toAbsolutePath().normalize().toRealPath();
		}
		catch (NoSuchFileException ex) {
			throw new NotFoundException("There is no folder '" + requested + "' on the server.");
		}
		catch (IOException | RuntimeException ex) {
			throw new InvalidRequestException("'" + requested + "' is not a usable folder: " + ex.getMessage());
		}
		if (this.roots.stream().noneMatch((root) -> real.startsWith(realOrSelf(root)))) {
			throw new InvalidRequestException(
					"'" + requested + "' is outside the folders this server imports from: " + this.roots + ".");
		}
		if (!Files.isDirectory(real)) {
			throw new InvalidRequestException("'" + requested + "' is a file, not a folder; upload files instead.");
		}
		return real;
	}

	private static Path realOrSelf(Path root) {
		try {
			return root.toRealPath();
		}
		catch (IOException ex) {
			return root;
		}
	}

}
