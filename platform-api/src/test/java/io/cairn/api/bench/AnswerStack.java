package io.cairn.api.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cairn.core.answer.AnswerGenerator;
import io.cairn.core.answer.AnswerService;
import io.cairn.core.answer.AnswerSettings;
import io.cairn.core.answer.UnsupportedSentences;
import io.cairn.core.collection.KnowledgeCollection;
import io.cairn.core.collection.Language;
import io.cairn.core.document.Document;
import io.cairn.core.document.DocumentRepository;
import io.cairn.core.document.DocumentRepository.StoredUpload;
import io.cairn.core.ingest.IngestJobRunner;
import io.cairn.core.ingest.IngestService;
import io.cairn.core.ingest.IngestWorkers;
import io.cairn.core.ingest.IngestWorkers.WorkerSettings;
import io.cairn.core.ingest.Upload;
import io.cairn.core.ingest.parse.DocumentParsers;
import io.cairn.core.ingest.parse.MediaTypeDetector;
import io.cairn.core.ingest.parse.ParseLimits;
import io.cairn.core.job.IngestJob;
import io.cairn.core.job.JobRepository;
import io.cairn.core.job.JobState;
import io.cairn.core.retrieval.EmbeddingSpace;
import io.cairn.core.retrieval.HybridSearcher;
import io.cairn.core.retrieval.RecentEmbeddings;
import io.cairn.core.retrieval.RetrievalSettings;
import io.cairn.core.retrieval.VectorIndex;
import io.cairn.inference.extractive.ExtractiveAnswerer;
import io.cairn.inference.extractive.ExtractiveSettings;
import io.cairn.inference.extractive.SentenceEncoders;

import org.springframework.ai.chat.prompt.ChatOptions;

/**
 * The product's ingest and answer objects over one embedded storage, wired like
 * {@code IngestConfiguration} and {@code AnswerConfiguration}: {@link IngestService} and
 * one {@link IngestWorkers} thread, {@link HybridSearcher} with the default retrieval
 * settings, {@link AnswerService} with the extractive generator. Two embedding spaces
 * share the one vector index: the memoised encoder for ingest and quality runs, the plain
 * one for latency.
 */
final class AnswerStack implements AutoCloseable {

	/** {@code cairn.generator.context-tokens} default. */
	static final int CONTEXT_TOKENS = 1800;

	private final BenchStorage storage;

	private final EmbeddingSpace memoised;

	private final EmbeddingSpace plain;

	private final IngestService ingest;

	private final IngestWorkers workers;

	private final JobRepository jobs;

	/**
	 * @param storage the catalog and indexes
	 * @param encoder the English encoder
	 * @param workers whether to start the ingest worker (not with a catalog filled
	 * directly, whose documents' jobs it would run)
	 */
	AnswerStack(BenchStorage storage, BenchEncoder encoder, boolean workers) {
		this(storage, encoder, workers, DocumentParsers.defaults(), ParseLimits.defaults());
	}

	/**
	 * Same, with other parsers (OCR) and limits.
	 */
	AnswerStack(BenchStorage storage, BenchEncoder encoder, boolean workers, DocumentParsers parsers,
			ParseLimits limits) {
		this.storage = storage;
		VectorIndex index = storage.vectors().open(encoder.name(), encoder.dimensions());
		// As in the application: a question embedded by several steps runs the encoder
		// once.
		this.plain = new EmbeddingSpace(encoder.name(), encoder.passages(),
				new RecentEmbeddings(encoder.queries(), 256), encoder.tokens(), index);
		this.memoised = new EmbeddingSpace(encoder.name(), new CachingEmbeddingModel(encoder.passages()),
				new CachingEmbeddingModel(encoder.queries()), encoder.tokens(), index);
		this.jobs = storage.jobs();
		IngestJobRunner runner = new IngestJobRunner(storage.collections(), storage.documents(), storage.elements(),
				storage.chunks(), this.jobs, parsers, limits, storage.keywordIndex(), (language) -> this.memoised, 32);
		this.workers = new IngestWorkers(runner, this.jobs, storage.documents(), storage.collections(),
				new WorkerSettings(1, Duration.ofMillis(200), Duration.ofMinutes(10), 1));
		this.ingest = new IngestService(storage.collections(), storage.documents(), parsers, new MediaTypeDetector(),
				limits, this.workers::wakeUp);
		if (workers) {
			this.workers.start();
		}
	}

	KnowledgeCollection collection(String name) {
		return this.storage.collections().create(name, Language.ENGLISH, "general");
	}

	/** Ingests Markdown documents (file name → text) and waits; document ids in order. */
	List<Long> ingest(KnowledgeCollection collection, Map<String, String> documents) throws InterruptedException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		documents.forEach((name, text) -> files.put(name, text.getBytes(StandardCharsets.UTF_8)));
		return ingestFiles(collection, files);
	}

	/** Ingests files (file name → bytes) and waits; document ids in order. */
	List<Long> ingestFiles(KnowledgeCollection collection, Map<String, byte[]> documents) throws InterruptedException {
		List<StoredUpload> uploads = new ArrayList<>();
		for (Map.Entry<String, byte[]> document : documents.entrySet()) {
			uploads.add(this.ingest.submit(collection.name(),
					new Upload(document.getKey(), document.getValue(), null, null, Map.of())));
		}
		for (StoredUpload upload : uploads) {
			IngestJob job;
			do {
				Thread.sleep(20);
				job = this.jobs.findById(upload.job().id()).orElseThrow();
			}
			while (!job.state().isTerminal());
			if (job.state() == JobState.FAILED) {
				throw new IllegalStateException("Ingest of " + upload.document().title() + " failed: " + job.error());
			}
		}
		return uploads.stream().map((upload) -> upload.document().id()).toList();
	}

	HybridSearcher searcher(boolean memo) {
		EmbeddingSpace space = memo ? this.memoised : this.plain;
		return new HybridSearcher(this.storage.keywordIndex(), (language) -> space, this.storage.chunks(),
				RetrievalSettings.defaults());
	}

	/**
	 * An answer service with the extractive generator.
	 * @param memo the memoised encoder (quality) or the plain one (latency)
	 * @param minRetrievalSimilarity {@code cairn.answers.min-retrieval-similarity}
	 * @param minSupport {@code cairn.generator.extractive.min-support}
	 * @param candidateCap {@code cairn.generator.extractive.candidate-cap}
	 */
	Answering answering(boolean memo, double minRetrievalSimilarity, double minSupport, int candidateCap) {
		EmbeddingSpace space = memo ? this.memoised : this.plain;
		ExtractiveAnswerer answerer = new ExtractiveAnswerer(new SentenceEncoders(space.queries(), space.passages()),
				null, ExtractiveSettings.defaults().withMinSupport(minSupport).withCandidateCap(candidateCap));
		RecordingChatModel model = new RecordingChatModel(answerer);
		AnswerGenerator generator = new AnswerGenerator("extractive", model,
				ChatOptions.builder().model("extractive").build(), CONTEXT_TOKENS, UnsupportedSentences.DROP);
		AnswerSettings defaults = AnswerSettings.defaults();
		AnswerSettings settings = new AnswerSettings(defaults.topK(), minRetrievalSimilarity,
				defaults.minSentenceSupport(), defaults.maxQuestionCharacters());
		DocumentRepository documents = this.storage.documents();
		AnswerService service = new AnswerService(searcher(memo), (language) -> space,
				(id) -> documents.findById(id).map(Document::title).orElse("document " + id), generator, settings);
		return new Answering(service, model);
	}

	/** An answer service and the recorder of its generator's metadata. */
	record Answering(AnswerService service, RecordingChatModel recorder) {
	}

	@Override
	public void close() {
		this.workers.close();
	}

}
