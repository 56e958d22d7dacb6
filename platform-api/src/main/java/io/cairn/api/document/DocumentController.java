package io.cairn.api.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

import io.cairn.api.collection.Collections;
import io.cairn.core.InvalidRequestException;
import io.cairn.core.NotFoundException;
import io.cairn.core.collection.KnowledgeCollection;
import io.cairn.core.document.DocumentRepository;
import io.cairn.core.document.DocumentRepository.StoredUpload;
import io.cairn.core.ingest.DocumentDeleter;
import io.cairn.core.document.Sidecar;
import io.cairn.core.ingest.IngestService;
import io.cairn.core.ingest.SidecarFiles;
import io.cairn.core.ingest.Upload;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Documents of a collection: upload, list, inspect, delete. */
@RestController
@RequestMapping("/api/collections/{collection}/documents")
@Tag(name = "Documents")
public class DocumentController {

	private final Collections collections;

	private final DocumentRepository documents;

	private final IngestService ingest;

	private final DocumentDeleter deleter;

	private final JsonMapper json;

	public DocumentController(Collections collections, DocumentRepository documents, IngestService ingest,
			DocumentDeleter deleter, JsonMapper json) {
		this.collections = collections;
		this.documents = documents;
		this.ingest = ingest;
		this.deleter = deleter;
		this.json = json;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Upload a document; it is ingested in the background",
			description = "Answers 202 with the document and the job that ingests it. Follow the job at"
					+ " /api/jobs/{id} or its event stream /api/jobs/{id}/events. A video may come with a"
					+ " subtitle file (.srt or .vtt, UTF-8) in the part 'subtitles'; it is used instead of the"
					+ " video's own subtitles.")
	public ResponseEntity<UploadAccepted> upload(@PathVariable String collection,
			@RequestPart(name = "file", required = false) @Nullable MultipartFile file,
			@RequestPart(name = "subtitles", required = false) @Nullable MultipartFile subtitles,
			@RequestParam(required = false) @Nullable String title,
			@RequestParam(required = false) @Nullable String profile,
			@RequestParam(required = false) @Nullable String metadata) {
		if (file == null) {
			throw new InvalidRequestException("Send the document as the multipart part 'file'.");
		}
		Sidecar sidecar = (subtitles != null) ? SidecarFiles.decode(fileName(subtitles, "subtitles"), bytes(subtitles))
				: null;
		StoredUpload stored = this.ingest.submit(collection,
				new Upload(fileName(file, "upload"), bytes(file), title, profile, parseMetadata(metadata), sidecar));
		UploadAccepted body = new UploadAccepted(DocumentView.of(stored.document()), stored.job().id(),
				"/api/jobs/" + stored.job().id(), "/api/jobs/" + stored.job().id() + "/events");
		return ResponseEntity.accepted()
			.location(URI.create("/api/collections/" + collection + "/documents/" + stored.document().id()))
			.body(body);
	}

	@GetMapping
	@Operation(summary = "List the documents of a collection")
	public List<DocumentView> list(@PathVariable String collection) {
		return this.documents.findByCollection(this.collections.require(collection).id())
			.stream()
			.map(DocumentView::of)
			.toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "Get a document")
	public DocumentView get(@PathVariable String collection, @PathVariable long id) {
		KnowledgeCollection owner = this.collections.require(collection);
		return this.documents.findById(id)
			.filter((document) -> document.collectionId() == owner.id())
			.map(DocumentView::of)
			.orElseThrow(() -> new NotFoundException("No document " + id + " in collection '" + collection + "'"));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a document, its chunks and its index entries")
	public void delete(@PathVariable String collection, @PathVariable long id) {
		this.deleter.deleteDocument(this.collections.require(collection), id);
	}

	private Map<String, String> parseMetadata(@Nullable String metadata) {
		if (metadata == null || metadata.isBlank()) {
			return Map.of();
		}
		try {
			return this.json.readValue(metadata, new TypeReference<Map<String, String>>() {
			});
		}
		catch (RuntimeException ex) {
			throw new InvalidRequestException(
					"'metadata' must be a JSON object of string values, e.g. {\"department\":\"cardiology\"}.");
		}
	}

	static String fileName(MultipartFile file, String fallback) {
		String name = file.getOriginalFilename();
		return (name != null && !name.isBlank()) ? name : fallback;
	}

	static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the upload", ex);
		}
	}

	/**
	 * An accepted upload.
	 *
	 * @param document the stored document
	 * @param jobId the job ingesting it
	 * @param job URL of the job
	 * @param events URL of the job's progress stream
	 */
	public record UploadAccepted(DocumentView document, long jobId, String job, String events) {
	}

}
