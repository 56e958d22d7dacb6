package io.cairn.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import io.cairn.core.NotFoundException;
import io.cairn.core.chunking.ChunkDraft;
import io.cairn.core.chunking.ChunkIds;
import io.cairn.core.chunking.Chunker;
import io.cairn.core.chunking.ChunkingProfiles;
import io.cairn.core.collection.CollectionRepository;
import io.cairn.core.collection.KnowledgeCollection;
import io.cairn.core.document.Document;
import io.cairn.core.document.DocumentRepository;
import io.cairn.core.document.Sidecar;
import io.cairn.core.ingest.parse.DocumentParser;
import io.cairn.core.ingest.parse.DocumentParsers;
import io.cairn.core.ingest.parse.Element;
import io.cairn.core.ingest.parse.PageSink;
import io.cairn.core.ingest.parse.ParseLimits;
import io.cairn.core.ingest.parse.SubtitledParser;
import io.cairn.core.job.IngestJob;
import io.cairn.core.media.MediaAsset;
import io.cairn.core.media.SourceLocation;
import io.cairn.core.job.JobRepository;
import io.cairn.core.job.JobState;
import io.cairn.core.retrieval.EmbeddingSpace;
import io.cairn.core.retrieval.EmbeddingSpaces;
import io.cairn.core.retrieval.IndexedChunk;
import io.cairn.core.retrieval.KeywordIndex;

/**
 * Runs one claimed ingest job: parse (with page checkpoints), chunk, encode, store,
 * index. A job that is run again after a crash resumes after the last checkpointed page;
 * the later steps are idempotent because chunk ids are deterministic.
 */
public final class IngestJobRunner {

	private final CollectionRepository collections;

	private final DocumentRepository documents;

	private final ElementRepository elements;

	private final ChunkRepository chunks;

	private final JobRepository jobs;

	private final DocumentParsers parsers;

	private final ParseLimits limits;

	private final KeywordIndex keywordIndex;

	private final EmbeddingSpaces spaces;

	private final int encodeBatchSize;

	private final ChunkAlignment alignment;

	public IngestJobRunner(CollectionRepository collections, DocumentRepository documents, ElementRepository elements,
			ChunkRepository chunks, JobRepository jobs, DocumentParsers parsers, ParseLimits limits,
			KeywordIndex keywordIndex, EmbeddingSpaces spaces, int encodeBatchSize) {
		this(collections, documents, elements, chunks, jobs, parsers, limits, keywordIndex, spaces, encodeBatchSize,
				ChunkAlignment.NONE);
	}

	/**
	 * @param alignment adjusts chunk vectors before they are stored (cross-modal
	 * alignment), or {@link ChunkAlignment#NONE}
	 */
	public IngestJobRunner(CollectionRepository collections, DocumentRepository documents, ElementRepository elements,
			ChunkRepository chunks, JobRepository jobs, DocumentParsers parsers, ParseLimits limits,
			KeywordIndex keywordIndex, EmbeddingSpaces spaces, int encodeBatchSize, ChunkAlignment alignment) {
		this.alignment = alignment;
		this.collections = collections;
		this.documents = documents;
		this.elements = elements;
		this.chunks = chunks;
		this.jobs = jobs;
		this.parsers = parsers;
		this.limits = limits;
		this.keywordIndex = keywordIndex;
		this.spaces = spaces;
		this.encodeBatchSize = encodeBatchSize;
	}

	/**
	 * Runs the job to DONE; throws if it cannot, leaving failure handling to the caller.
	 */
	public void run(IngestJob job) {
		Document document = this.documents.findById(job.documentId())
			.orElseThrow(() -> new NotFoundException("Document " + job.documentId() + " was deleted"));
		KnowledgeCollection collection = this.collections.findById(document.collectionId())
			.orElseThrow(() -> new NotFoundException("Collection " + document.collectionId() + " was deleted"));
		this.documents.markProcessing(document.id());
		int pages = parse(job, document);
		this.jobs.progress(job.id(), JobState.CHUNKING, pages, pages);
		EmbeddingSpace space = this.spaces.forLanguage(collection.language());
		List<Element> parsed = this.elements.findByDocument(document.id());
		List<ChunkDraft> drafts = new Chunker(space.tokens()).chunk(parsed, ChunkingProfiles.of(document.profile()));
		List<StoredChunk> stored = this.alignment.align(document, encode(job, document, drafts, parsed, space, pages),
				(note) -> this.documents.addNote(document.id(), note));
		this.chunks.replaceForDocument(document.id(), stored);
		this.jobs.progress(job.id(), JobState.INDEXING, pages, pages);
		index(collection, document, stored, space);
		if (this.documents.findById(document.id()).isEmpty()) {
			// Deleted while we worked: take back what we just indexed.
			this.keywordIndex.deleteDocument(document.id());
			space.index().deleteDocument(document.id());
			this.alignment.discard(document.id());
			return;
		}
		this.documents.markReady(document.id(), pages, stored.size());
		this.jobs.complete(job.id());
	}

	/**
	 * Undoes what a failed job left in the indexes and the catalog, so a failed document
	 * is never half searchable.
	 */
	public void discardPartialResults(long documentId, KnowledgeCollection collection) {
		this.keywordIndex.deleteDocument(documentId);
		this.spaces.forLanguage(collection.language()).index().deleteDocument(documentId);
		this.alignment.discard(documentId);
		this.chunks.replaceForDocument(documentId, List.of());
		this.elements.deleteFromPage(documentId, 1);
	}

	private int parse(IngestJob job, Document document) {
		int firstPage = job.pagesDone() + 1;
		// A crash may have left part of the page after the checkpoint.
		this.elements.deleteFromPage(document.id(), firstPage);
		CheckpointingSink sink = new CheckpointingSink(job, document.id(), job.pagesTotal(), job.pagesDone());
		if (job.pagesTotal() == 0 || job.pagesDone() < job.pagesTotal()) {
			this.jobs.progress(job.id(), JobState.PARSING, job.pagesDone(), job.pagesTotal());
			DocumentParser parser = this.parsers.forMediaType(document.mediaType());
			// Only parsers that read subtitles ask for the sidecar.
			String subtitles = (parser instanceof SubtitledParser)
					? this.documents.findSidecar(document.id()).map(Sidecar::text).orElse(null) : null;
			try (InputStream content = this.documents.openContent(document.id())) {
				if (parser instanceof SubtitledParser subtitled) {
					subtitled.parse(content, document.mediaType(), this.limits, firstPage, sink, subtitles);
				}
				else {
					parser.parse(content, document.mediaType(), this.limits, firstPage, sink);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not read the stored bytes of document " + document.id(), ex);
			}
		}
		if (sink.pagesDone != sink.pagesTotal) {
			throw new IllegalStateException("Parsed " + sink.pagesDone + " of " + sink.pagesTotal
					+ " pages: the parser stopped early, so the document would be incomplete");
		}
		return sink.pagesTotal;
	}

	private List<StoredChunk> encode(IngestJob job, Document document, List<ChunkDraft> drafts, List<Element> parsed,
			EmbeddingSpace space, int pages) {
		ElementsByOrdinal byOrdinal = new ElementsByOrdinal(parsed);
		this.jobs.progress(job.id(), JobState.ENCODING, pages, pages);
		List<StoredChunk> stored = new ArrayList<>(drafts.size());
		for (int from = 0; from < drafts.size(); from += this.encodeBatchSize) {
			List<ChunkDraft> batch = drafts.subList(from, Math.min(drafts.size(), from + this.encodeBatchSize));
			List<float[]> vectors = space.passages().embed(batch.stream().map(ChunkDraft::text).toList());
			for (int i = 0; i < batch.size(); i++) {
				ChunkDraft draft = batch.get(i);
				stored.add(new StoredChunk(ChunkIds.of(document.id(), draft.ordinal(), draft.text()), document.id(),
						document.collectionId(), draft.ordinal(), draft.text(), draft.tokenCount(), draft.pageStart(),
						draft.pageEnd(), draft.headingPath(), draft.kind(), document.metadata(), vectors.get(i),
						SourceLocation.of(byOrdinal.range(draft.firstElementOrdinal(), draft.lastElementOrdinal()),
								draft.text())));
			}
			// Refreshes the heartbeat so a long encode is not mistaken for a dead worker.
			this.jobs.progress(job.id(), JobState.ENCODING, pages, pages);
		}
		return stored;
	}

	private void index(KnowledgeCollection collection, Document document, List<StoredChunk> stored,
			EmbeddingSpace space) {
		List<IndexedChunk> indexed = stored.stream()
			.map((chunk) -> IndexedChunk.of(chunk, collection.language()))
			.toList();
		// Delete first: a retried job may have indexed an older set of chunks.
		this.keywordIndex.deleteDocument(document.id());
		space.index().deleteDocument(document.id());
		this.keywordIndex.upsert(indexed);
		space.index().upsert(indexed);
	}

	/** Saves each parsed page with the job's checkpoint. */
	private final class CheckpointingSink implements PageSink {

		private final IngestJob job;

		private final long documentId;

		private int pagesTotal;

		private int pagesDone;

		CheckpointingSink(IngestJob job, long documentId, int pagesTotal, int pagesDone) {
			this.job = job;
			this.documentId = documentId;
			this.pagesTotal = pagesTotal;
			this.pagesDone = pagesDone;
		}

		@Override
		public void pageCount(int total) {
			this.pagesTotal = total;
			IngestJobRunner.this.documents.updatePageCount(this.documentId, total);
			IngestJobRunner.this.jobs.progress(this.job.id(), JobState.PARSING, this.pagesDone, total);
		}

		@Override
		public void page(int pageNumber, List<Element> pageElements) {
			page(pageNumber, pageElements, List.of());
		}

		@Override
		public void note(String note) {
			IngestJobRunner.this.documents.addNote(this.documentId, note);
		}

		@Override
		public void page(int pageNumber, List<Element> pageElements, List<MediaAsset> assets) {
			IngestJobRunner.this.elements.savePage(this.documentId, this.job.id(), pageNumber, this.pagesTotal,
					pageElements, assets);
			this.pagesDone = pageNumber;
		}

	}

}
