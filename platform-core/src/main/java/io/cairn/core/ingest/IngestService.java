package io.cairn.core.ingest;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.cairn.core.NotFoundException;
import io.cairn.core.chunking.ChunkingProfiles;
import io.cairn.core.collection.CollectionRepository;
import io.cairn.core.collection.KnowledgeCollection;
import io.cairn.core.document.DocumentRepository;
import io.cairn.core.document.DocumentRepository.StoredUpload;
import io.cairn.core.document.DuplicateDocumentException;
import io.cairn.core.document.NewDocument;
import io.cairn.core.document.Sidecar;
import io.cairn.core.ingest.parse.DocumentParser;
import io.cairn.core.ingest.parse.DocumentParsers;
import io.cairn.core.ingest.parse.DocumentRejectedException;
import io.cairn.core.ingest.parse.MediaTypeDetector;
import io.cairn.core.ingest.parse.ParseLimits;
import io.cairn.core.ingest.parse.SubtitledParser;
import org.jspecify.annotations.Nullable;

/**
 * Accepts uploads: checks them, stores the bytes and queues an ingest job. Everything a
 * user can get wrong about a file is reported here, before a job is queued.
 */
public final class IngestService {

	private final CollectionRepository collections;

	private final DocumentRepository documents;

	private final DocumentParsers parsers;

	private final MediaTypeDetector detector;

	private final ParseLimits limits;

	private final Runnable jobQueued;

	/**
	 * @param jobQueued called after a job is queued (wakes this node's workers)
	 */
	public IngestService(CollectionRepository collections, DocumentRepository documents, DocumentParsers parsers,
			MediaTypeDetector detector, ParseLimits limits, Runnable jobQueued) {
		this.collections = collections;
		this.documents = documents;
		this.parsers = parsers;
		this.detector = detector;
		this.limits = limits;
		this.jobQueued = jobQueued;
	}

	public StoredUpload submit(String collectionName, Upload upload) {
		return store(check(collectionName, upload, true), upload);
	}

	/**
	 * Stores an upload in place of a document it replaces (re-ingest, new subtitles): the
	 * upload is checked before {@code removeOld} runs, so a file that is no longer
	 * accepted (a limit lowered since) leaves the old document in place.
	 * @param removeOld deletes the old document, whose bytes would otherwise be refused
	 * as a duplicate
	 */
	public StoredUpload replace(String collectionName, Upload upload, Runnable removeOld) {
		CheckedUpload checked = check(collectionName, upload, false);
		removeOld.run();
		return store(checked, upload);
	}

	private CheckedUpload check(String collectionName, Upload upload, boolean refuseDuplicates) {
		KnowledgeCollection collection = this.collections.findByName(collectionName)
			.orElseThrow(() -> new NotFoundException("No collection named '" + collectionName + "'"));
		byte[] content = upload.content();
		if (content.length == 0) {
			throw DocumentRejectedException.empty();
		}
		if (content.length > this.limits.maxBytes()) {
			throw DocumentRejectedException.tooLarge(content.length, this.limits.maxBytes());
		}
		String profile = (upload.profile() != null) ? upload.profile() : collection.profile();
		ChunkingProfiles.requireKnown(profile);
		String mediaType = this.detector.detect(content, upload.fileName());
		String sha256 = sha256(content);
		if (refuseDuplicates) {
			this.documents.findBySha256(collection.id(), sha256).ifPresent((existing) -> {
				throw (upload.sidecar() != null) ? DuplicateDocumentException.withOtherSubtitles(existing.id())
						: new DuplicateDocumentException(existing.id());
			});
		}
		checkSidecar(upload.sidecar(), mediaType);
		preflight(content, mediaType);
		return new CheckedUpload(collection, mediaType, sha256, profile);
	}

	private StoredUpload store(CheckedUpload checked, Upload upload) {
		String title = (upload.title() != null && !upload.title().isBlank()) ? upload.title().strip()
				: upload.fileName();
		StoredUpload stored = this.documents
			.insertWithJob(new NewDocument(checked.collection().id(), title, upload.fileName(), checked.mediaType(),
					checked.sha256(), checked.profile(), upload.metadata(), upload.content(), upload.sidecar()));
		this.jobQueued.run();
		return stored;
	}

	/** What the checks found out about an upload. */
	private record CheckedUpload(KnowledgeCollection collection, String mediaType, String sha256, String profile) {
	}

	/**
	 * A sidecar is only for a parser that reads one (videos), and must hold at least one
	 * cue: an unreadable file would otherwise silently replace the video's own subtitles.
	 */
	private void checkSidecar(@Nullable Sidecar sidecar, String mediaType) {
		if (sidecar == null) {
			return;
		}
		DocumentParser parser = this.parsers.forMediaType(mediaType);
		if (!(parser instanceof SubtitledParser subtitled)) {
			throw DocumentRejectedException.invalidSidecar("'" + sidecar.fileName() + "' came with a file of type "
					+ mediaType + "; subtitle files go with videos only");
		}
		if (subtitled.countCues(sidecar.text()) == 0) {
			throw DocumentRejectedException.invalidSidecar("'" + sidecar.fileName()
					+ "' holds no subtitle cues (timing lines like 00:00:01,000 --> 00:00:04,000 followed by text)");
		}
	}

	private void preflight(byte[] content, String mediaType) {
		this.parsers.forMediaType(mediaType).preflight(new ByteArrayInputStream(content), mediaType, this.limits);
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
