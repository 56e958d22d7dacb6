package io.cairn.api.folder;

import java.util.List;
import java.util.Map;

import io.cairn.api.collection.Collections;
import io.cairn.core.InvalidRequestException;
import io.cairn.core.collection.KnowledgeCollection;
import io.cairn.core.ingest.folder.FolderImport;
import io.cairn.core.ingest.folder.FolderImportRoots;
import io.cairn.core.ingest.folder.FolderImporter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Imports every file of a server folder into a collection. */
@RestController
@RequestMapping("/api/collections/{collection}/imports")
@Tag(name = "Documents")
public class FolderImportController {

	private final Collections collections;

	private final FolderImporter importer;

	private final FolderImportRoots roots;

	FolderImportController(Collections collections, FolderImporter importer, FolderImportRoots roots) {
		this.collections = collections;
		this.importer = importer;
		this.roots = roots;
	}

	@GetMapping
	@Operation(summary = "Whether this server imports folders, and from where")
	public ImportSettings settings(@PathVariable String collection) {
		this.collections.require(collection);
		return new ImportSettings(this.roots.enabled(), this.roots.roots().stream().map(Object::toString).toList());
	}

	@PostMapping
	@Operation(summary = "Import a server folder: every file is ingested as if uploaded",
			description = "Allowed below the folders in cairn.import.roots. Answers 202 with what happened to each"
					+ " file: accepted (with its job), duplicate or rejected (with the reason). Hidden files and"
					+ " links are skipped.")
	public ResponseEntity<FolderImport> importFolder(@PathVariable String collection, @RequestBody ImportBody body) {
		KnowledgeCollection owner = this.collections.require(collection);
		if (body.path() == null) {
			throw new InvalidRequestException("Name the server folder in 'path'.");
		}
		FolderImport result = this.importer.importFolder(owner.name(), body.path(),
				body.recursive() == null || body.recursive(), body.profile(),
				(body.metadata() != null) ? body.metadata() : Map.of());
		return ResponseEntity.accepted().body(result);
	}

	/**
	 * A folder import.
	 *
	 * @param path the folder on the server
	 * @param recursive include subfolders (default true)
	 * @param profile chunking profile (default: the collection's)
	 * @param metadata metadata for every document (each also gets {@code path})
	 */
	public record ImportBody(@Nullable String path, @Nullable Boolean recursive, @Nullable String profile,
			@Nullable Map<String, String> metadata) {
	}

	/**
	 * Folder import settings.
	 *
	 * @param enabled whether this server imports folders
	 * @param roots the folders it imports from
	 */
	public record ImportSettings(boolean enabled, List<String> roots) {
	}

}
