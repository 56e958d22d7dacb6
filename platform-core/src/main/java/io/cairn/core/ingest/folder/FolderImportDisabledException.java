package io.cairn.core.ingest.folder;

/** Folder import is switched off on this server (no import roots configured). */
public class FolderImportDisabledException extends RuntimeException {

	public FolderImportDisabledException() {
		super("This server does not import folders. An operator can allow it by listing the server folders"
				+ " users may import from in cairn.import.roots; until then, upload the files.");
	}

}
