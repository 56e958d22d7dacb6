package io.cairn.api.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;

import io.cairn.api.collection.Collections;
import io.cairn.api.document.DocumentController.UploadAccepted;
import io.cairn.core.InvalidRequestException;
import io.cairn.core.NotFoundException;
import io.cairn.core.collection.KnowledgeCollection;
import io.cairn.core.document.Document;
import io.cairn.core.document.DocumentRepository;
import io.cairn.core.document.Sidecar;
import io.cairn.core.document.DocumentRepository.StoredUpload;
import io.cairn.core.ingest.ChunkRepository;
import io.cairn.core.ingest.DocumentDeleter;
import io.cairn.core.ingest.IngestService;
import io.cairn.core.ingest.SidecarFiles;
import io.cairn.core.ingest.StoredChunk;
import io.cairn.core.ingest.Upload;
import io.cairn.core.media.SourceLocation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * What the web UI needs beyond upload and delete: a document's chunks with their page
 * regions (for the document view), re-ingesting a stored document, and giving a video
 * other subtitles.
 */
@RestController
@RequestMapping("/api/collections/{collection}/documents/{id}")
@Tag(name = "Documents")
public class DocumentActionsController {

	private final Collections collections;

	private final DocumentRepository documents;

	private final ChunkRepository chunks;

	private final IngestService ingest;

	private final DocumentDeleter deleter;

	public DocumentActionsController(Collections collections, DocumentRepository documents, ChunkRepository chunks,
			IngestService ingest, DocumentDeleter deleter) {
		this.collections = collections;
		this.documents = documents;
		this.chunks = chunks;
		this.ingest = ingest;
		this.deleter = deleter;
	}

	@GetMapping("/chunks")
	@Operation(summary = "List a document's chunks in order, with pages and source regions")
	public List<ChunkView> chunks(@PathVariable String collection, @PathVariable long id) {
		Document document = require(collection, id);
		return this.chunks.findByDocument(document.id()).stream().map(ChunkView::of).toList();
	}

	@PostMapping("/reingest")
	@Operation(summary = "Ingest a stored document again from its original file",
			description = "Replaces the document (new id) with a fresh ingest of the same bytes, title, profile,"
					+ " metadata and subtitle file; answers 202 like an upload.")
	public ResponseEntity<UploadAccepted> reingest(@PathVariable String collection, @PathVariable long id) {
		Document document = require(collection, id);
		return replace(collection, document, this.documents.findSidecar(document.id()).orElse(null));
	}

	@PutMapping(path = "/subtitles", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Give a video other subtitles (.srt or .vtt) and ingest it again",
			description = "The subtitle file comes in the part 'subtitles' and is used instead of the video's own"
					+ " subtitles or the one it came with. Replaces the document (new id) like a re-ingest; answers"
					+ " 202 like an upload. A file that is not subtitles, or a document that is not a video, gets a"
					+ " 400 problem and leaves the document as it was.")
	public ResponseEntity<UploadAccepted> replaceSubtitles(@PathVariable String collection, @PathVariable long id,
			@RequestPart(name = "subtitles", required = false) @Nullable MultipartFile subtitles) {
		Document document = require(collection, id);
		if (subtitles == null) {
			throw new InvalidRequestException(
					"Send the subtitle file (.srt or .vtt) as the multipart part 'subtitles'.");
		}
		Sidecar sidecar = SidecarFiles.decode(DocumentController.fileName(subtitles, "subtitles"),
				DocumentController.bytes(subtitles));
		return replace(collection, document, sidecar);
	}

	@DeleteMapping("/subtitles")
	@Operation(summary = "Drop the subtitle file a video came with and ingest it again",
			description = "The video's own subtitle streams (if any) are read instead. Replaces the document (new"
					+ " id) like a re-ingest; answers 202 like an upload, or 404 when it has no subtitle file.")
	public ResponseEntity<UploadAccepted> removeSubtitles(@PathVariable String collection, @PathVariable long id) {
		Document document = require(collection, id);
		if (this.documents.findSidecar(document.id()).isEmpty()) {
			throw new NotFoundException("Document " + id + " has no subtitle file of its own");
		}
		return replace(collection, document, null);
	}

	/**
	 * Ingests a stored document's bytes again as a new document with the given subtitle
	 * file. The upload is checked before the old document goes, so a refusal leaves it.
	 */
	private ResponseEntity<UploadAccepted> replace(String collection, Document document, @Nullable Sidecar sidecar) {
		KnowledgeCollection owner = this.collections.require(collection);
		Upload upload = new Upload(document.fileName(), content(document.id()), document.title(), document.profile(),
				document.metadata(), sidecar);
		StoredUpload stored = this.ingest.replace(collection, upload,
				() -> this.deleter.deleteDocument(owner, document.id()));
		long jobId = stored.job().id();
		return ResponseEntity.accepted()
			.location(URI.create("/api/collections/" + collection + "/documents/" + stored.document().id()))
			.body(new UploadAccepted(DocumentView.of(stored.document()), jobId, "/api/jobs/" + jobId,
					"/api/jobs/" + jobId + "/events"));
	}

	private Document require(String collection, long id) {
		KnowledgeCollection owner = this.collections.require(collection);
		return this.documents.findById(id)
			.filter((document) -> document.collectionId() == owner.id())
			.orElseThrow(() -> new NotFoundException("No document " + id + " in collection '" + collection + "'"));
	}

	private byte[] content(long documentId) {
		try (InputStream in = this.documents.openContent(documentId)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the stored document " + documentId, ex);
		}
	}

	/**
	 * A chunk as the document view shows it.
	 *
	 * @param id chunk id
	 * @param ordinal position in the document
	 * @param pageStart first page
	 * @param pageEnd last page
	 * @param headingPath headings above it
	 * @param kind text, table...
	 * @param text the text
	 * @param location page regions and time span it came from
	 */
	public record ChunkView(String id, int ordinal, int pageStart, int pageEnd, List<String> headingPath, String kind,
			String text, SourceLocation location) {

		static ChunkView of(StoredChunk chunk) {
			return new ChunkView(chunk.id(), chunk.ordinal(), chunk.pageStart(), chunk.pageEnd(), chunk.headingPath(),
					chunk.kind().name(), chunk.text(), chunk.location());
		}

	}

}
