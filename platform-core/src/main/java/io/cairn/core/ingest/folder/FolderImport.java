package io.cairn.core.ingest.folder;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What importing a folder did, file by file. One bad file never stops the others.
 *
 * @param folder the folder, as resolved on the server
 * @param accepted files queued for ingest
 * @param duplicates files the collection already holds
 * @param rejected files refused, each with the reason
 * @param files every file in path order
 */
public record FolderImport(String folder, int accepted, int duplicates, int rejected, List<FileOutcome> files) {

	public static FolderImport of(String folder, List<FileOutcome> files) {
		return new FolderImport(folder, count(files, Status.ACCEPTED), count(files, Status.DUPLICATE),
				count(files, Status.REJECTED), List.copyOf(files));
	}

	private static int count(List<FileOutcome> files, Status status) {
		return (int) files.stream().filter((file) -> file.status() == status).count();
	}

	/** What happened to one file. */
	public enum Status {

		ACCEPTED, DUPLICATE, REJECTED

	}

	/**
	 * One file.
	 *
	 * @param path path relative to the folder
	 * @param status what happened
	 * @param documentId the new document, or the one that already holds these bytes
	 * @param jobId the job ingesting it
	 * @param reason why it was rejected (a {@code RejectionReason} name, lower case)
	 * @param message the rejection in plain words
	 * @param sidecar the subtitle file attached to this video (path relative to the
	 * folder), or null
	 */
	public record FileOutcome(String path, Status status, @Nullable Long documentId, @Nullable Long jobId,
			@Nullable String reason, @Nullable String message, @Nullable String sidecar) {

		public FileOutcome(String path, Status status, @Nullable Long documentId, @Nullable Long jobId,
				@Nullable String reason, @Nullable String message) {
			this(path, status, documentId, jobId, reason, message, null);
		}

	}

}
