package io.cairn.api.bench;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.cairn.core.chunking.TokenCounter;
import io.cairn.core.collection.CollectionRepository;
import io.cairn.core.collection.KnowledgeCollection;
import io.cairn.core.collection.Language;
import io.cairn.core.document.Document;
import io.cairn.core.document.DocumentRepository;
import io.cairn.core.document.DocumentRepository.StoredUpload;
import io.cairn.core.ingest.ChunkRepository;
import io.cairn.core.ingest.ElementRepository;
import io.cairn.core.ingest.IngestJobRunner;
import io.cairn.core.ingest.IngestService;
import io.cairn.core.ingest.IngestWorkers;
import io.cairn.core.ingest.IngestWorkers.WorkerSettings;
import io.cairn.core.ingest.StoredChunk;
import io.cairn.core.ingest.Upload;
import io.cairn.core.ingest.parse.DocumentParsers;
import io.cairn.core.ingest.parse.MediaTypeDetector;
import io.cairn.core.ingest.parse.ParseLimits;
import io.cairn.core.job.IngestJob;
import io.cairn.core.job.JobRepository;
import io.cairn.core.job.JobState;
import io.cairn.core.retrieval.EmbeddingSpace;
import io.cairn.core.retrieval.KeywordIndex;
import io.cairn.core.retrieval.VectorIndex;
import io.cairn.db.lucene.LuceneVectorOptions;
import io.cairn.db.pgvector.PgVectorOptions;

import org.springframework.ai.embedding.EmbeddingModel;

/**
 * End-to-end ingest of a generated text PDF through the product pipeline:
 * {@link IngestService} stores the upload and queues a job, one {@link IngestWorkers}
 * thread (the default {@code cairn.ingest.workers=1}) claims and runs it with real
 * PostgreSQL, Lucene and the real encoder. The ports are timed from outside (proxies) and
 * the job's state transitions give the stage boundaries.
 */
public final class IngestBench {

	private static final String USAGE = """
			Usage: ./cairn bench ingest [--pages N] [--words N] [--seed N] [--jdbc URL] [--threads N]
			                            [--concurrency N] [--encode-batch N] [--no-variants] [--no-doc]
			  --pages N    pages of the generated PDF (default 300)
			  --words N    words per page (default 350)
			  --seed N     seed of the generated text (default 42)
			  --jdbc URL   server mode: this PostgreSQL with pgvector instead of the embedded one
			  --threads N  encoder intra-op threads (default 2, as cairn.encoders.threads)
			  --concurrency N  encoder batches run at the same time (default 1)
			  --encode-batch N chunks per encoder call of the ingest (default 32, cairn.ingest.encode-batch-size)
			  --no-variants  skip timing other encoder settings on the ingested chunks (about 3 minutes)
			  --no-doc     print only, do not update docs/benchmarks.md
			               (implied when an encoder option is not the default)""";

	private static final int WARMUP_PAGES = 12;

	private IngestBench() {
	}

	public static void main(String[] args) throws Exception {
		BenchLogging.quiet();
		BenchArgs options = new BenchArgs(args, USAGE);
		String machine = Machine.describe();
		String load = Machine.loadAverage();
		System.out.println("[bench] " + machine + ", load " + load);
		int pages = options.getInt("pages", 300);
		int wordsPerPage = options.getInt("words", 350);
		long seed = options.getInt("seed", 42);
		String jdbc = options.get("jdbc");
		int threads = options.getInt("threads", BenchEncoder.DEFAULT_THREADS);
		int concurrency = options.getInt("concurrency", 1);
		int encodeBatch = options.getInt("encode-batch", 32);
		boolean productDefaults = threads == BenchEncoder.DEFAULT_THREADS && concurrency == 1 && encodeBatch == 32;
		long start = System.nanoTime();
		ProsePdf pdf = ProsePdf.generate(pages, wordsPerPage, seed);
		System.out.printf(Locale.ROOT, "[bench] generated a %d-page PDF, %,d words, %,d bytes in %.1f s%n", pdf.pages(),
				pdf.words(), pdf.bytes().length, SciFactCatalog.seconds(start));
		ProsePdf warmup = ProsePdf.generate(WARMUP_PAGES, wordsPerPage, seed + 1);
		StageClock clock = new StageClock();
		try (BenchEncoder encoder = BenchEncoder.english(threads, concurrency);
				BenchStorage storage = (jdbc == null) ? BenchStorage.embedded("ingest", LuceneVectorOptions.defaults())
						: BenchStorage.server("ingest", jdbc, PgVectorOptions.defaults())) {
			Result result;
			try (Pipeline pipeline = new Pipeline(storage, encoder, clock, encodeBatch)) {
				// Model load and JIT warm-up on a small document first, as on a running
				// server.
				pipeline.ingest("warmup.pdf", warmup.bytes());
				clock.reset();
				result = pipeline.ingest("report.pdf", pdf.bytes());
			}
			String markdown = markdown(machine, load, storage, encoder, pdf, result, clock, encodeBatch);
			if (!options.flag("no-variants")) {
				System.out.println("[bench] timing other encoder settings on the same chunks");
				double encode = clock.seconds("encoder.embed") + clock.seconds("encoder.call");
				int tokens = result.chunks().stream().mapToInt(StoredChunk::tokenCount).sum();
				Table variants = EncoderVariants.measure(EncoderVariants.texts(result.chunks()), tokens, pdf.pages(),
						result.totalSeconds() - encode);
				markdown += "\n\n### What would speed up encoding\n\nEvery fourth of the " + result.chunks().size()
						+ " chunk texts encoded again with other settings, each setting in turn for 3 rounds (best "
						+ "round counts, extrapolated to all chunks by characters), and the ingest rate they would give "
						+ "with the other stages as measured above. Padded batches change the int8 model's vectors "
						+ "slightly (last column); MiniLM is a different model (other vectors; 0.645 nDCG@10 on "
						+ "SciFact published, against 0.713 for bge-small).\n\n" + variants
						+ "\nLoad average at the end: " + Machine.loadAverage() + ".";
			}
			System.out.println();
			System.out.println(markdown);
			if (!options.flag("no-doc") && productDefaults) {
				System.out.println("[bench] updated " + BenchmarkDoc.update("ingest", markdown));
			}
		}
	}

	/**
	 * One finished ingest.
	 *
	 * @param document the document as the catalog has it afterwards
	 * @param job the job afterwards
	 * @param chunks the stored chunks
	 * @param submitSeconds {@code IngestService.submit}
	 * @param totalSeconds from submit to the job's completion
	 * @param keywordCount keyword index entries the ingest added
	 * @param vectorCount vector index entries the ingest added
	 */
	record Result(Document document, IngestJob job, List<StoredChunk> chunks, double submitSeconds, double totalSeconds,
			long keywordCount, long vectorCount) {
	}

	/**
	 * The product's ingest objects, wired like {@code IngestConfiguration}, with timed
	 * ports.
	 */
	private static final class Pipeline implements AutoCloseable {

		private final IngestService service;

		private final IngestWorkers workers;

		private final JobRepository jobs;

		private final DocumentRepository documents;

		private final ChunkRepository chunks;

		private final KeywordIndex keywordIndex;

		private final VectorIndex vectorIndex;

		private final StageClock clock;

		private final KnowledgeCollection collection;

		Pipeline(BenchStorage storage, BenchEncoder encoder, StageClock clock, int encodeBatch) {
			this.clock = clock;
			CollectionRepository collections = storage.collections();
			this.collection = collections.create("bench", Language.ENGLISH, "general");
			this.documents = storage.documents();
			this.jobs = storage.jobs();
			this.chunks = storage.chunks();
			this.keywordIndex = storage.keywordIndex();
			this.vectorIndex = storage.vectors().open(encoder.name(), encoder.dimensions());
			EmbeddingSpace space = new EmbeddingSpace(encoder.name(),
					clock.wrap(EmbeddingModel.class, encoder.passages(), "encoder"), encoder.queries(),
					clock.wrap(TokenCounter.class, encoder.tokens(), "tokens"),
					clock.wrap(VectorIndex.class, this.vectorIndex, "vectorIndex"));
			ParseLimits limits = ParseLimits.defaults();
			DocumentParsers parsers = DocumentParsers.defaults();
			JobRepository timedJobs = clock.wrap(JobRepository.class, this.jobs, "jobs");
			IngestJobRunner runner = new IngestJobRunner(collections,
					clock.wrap(DocumentRepository.class, this.documents, "documents"),
					clock.wrap(ElementRepository.class, storage.elements(), "elements"),
					clock.wrap(ChunkRepository.class, this.chunks, "chunks"), timedJobs, parsers, limits,
					clock.wrap(KeywordIndex.class, this.keywordIndex, "keywordIndex"), (language) -> space,
					encodeBatch);
			this.workers = new IngestWorkers(runner, timedJobs, this.documents, collections,
					new WorkerSettings(1, Duration.ofMillis(200), Duration.ofMinutes(10), 1));
			this.service = new IngestService(collections, this.documents, parsers, new MediaTypeDetector(), limits,
					this.workers::wakeUp);
			this.workers.start();
		}

		Result ingest(String fileName, byte[] pdf) throws InterruptedException {
			long keywordBefore = this.keywordIndex.count();
			long vectorBefore = this.vectorIndex.count();
			long start = System.nanoTime();
			StoredUpload upload = this.service.submit(this.collection.name(),
					new Upload(fileName, pdf, null, null, Map.of()));
			System.out.printf(Locale.ROOT, "[bench] ingesting %s (document %d, job %d)%n", fileName,
					upload.document().id(), upload.job().id());
			double submitSeconds = SciFactCatalog.seconds(start);
			IngestJob job;
			long lastReport = start;
			do {
				Thread.sleep(20);
				job = this.jobs.findById(upload.job().id()).orElseThrow();
				if (System.nanoTime() - lastReport > 15_000_000_000L) {
					System.out.printf(Locale.ROOT, "[bench]   %s: %s, %d / %d pages (%.0f s)%n", fileName, job.state(),
							job.pagesDone(), job.pagesTotal(), SciFactCatalog.seconds(start));
					lastReport = System.nanoTime();
				}
			}
			while (!job.state().isTerminal());
			long done = this.clock.entered(JobState.DONE);
			double total = ((done > 0) ? done - start : System.nanoTime() - start) / 1e9;
			if (job.state() == JobState.FAILED) {
				throw new IllegalStateException("The ingest failed: " + job.error());
			}
			Document document = this.documents.findById(upload.document().id()).orElseThrow();
			List<StoredChunk> stored = this.chunks.findByDocument(document.id());
			return new Result(document, job, stored, submitSeconds, total, this.keywordIndex.count() - keywordBefore,
					this.vectorIndex.count() - vectorBefore);
		}

		@Override
		public void close() {
			this.workers.close();
		}

	}

	private static String markdown(String machine, String load, BenchStorage storage, BenchEncoder encoder,
			ProsePdf pdf, Result result, StageClock clock, int encodeBatch) {
		long parsing = clock.entered(JobState.PARSING);
		long chunking = clock.entered(JobState.CHUNKING);
		long encoding = clock.entered(JobState.ENCODING);
		long indexing = clock.entered(JobState.INDEXING);
		long done = clock.entered(JobState.DONE);
		double encode = clock.seconds("encoder.embed") + clock.seconds("encoder.call");
		double store = clock.seconds("chunks.replaceForDocument");
		double encodingPhase = (indexing - encoding) / 1e9;
		double claim = clock.seconds("jobs.claimNext");
		double total = result.totalSeconds();
		double submit = result.submitSeconds();
		double parse = (chunking - parsing) / 1e9;
		double chunk = (encoding - chunking) / 1e9;
		double index = (done - indexing) / 1e9;
		double before = total - submit - parse - chunk - encodingPhase - index;
		int tokens = result.chunks().stream().mapToInt(StoredChunk::tokenCount).sum();
		Table stages = new Table("stage", "seconds", "share", "what it covers (timed ports inside it)");
		stages.row("upload", Table.f2(submit), share(submit, total),
				"`IngestService.submit`: type detection, sha256, preflight open, document + bytes + job rows");
		stages.row("queue", Table.f2(before), share(before, total),
				"until the worker has claimed the job and started parsing (`claimNext` " + Table.f2(claim)
						+ " s; idle workers wake at once)");
		stages.row("parse", Table.f2(parse), share(parse, total),
				String.format(Locale.ROOT,
						"PDFBox text and headings, page by page; element rows and checkpoints "
								+ "(`ElementRepository.savePage` %.2f s, %d calls)",
						clock.seconds("elements.savePage"), clock.calls("elements.savePage")));
		stages.row("chunk", Table.f2(chunk), share(chunk, total),
				String.format(Locale.ROOT,
						"elements read back, sentence-aware token windows (tokenizer %.2f s, " + "%,d calls)",
						clock.seconds("tokens.count"), clock.calls("tokens.count")));
		stages.row("encode", Table.f2(encode), share(encode, total),
				String.format(Locale.ROOT, "`%s` passages, %d chunks per call: %,d chunks, %,d tokens, %.0f tokens/s",
						encoder.name(), encodeBatch, result.chunks().size(), tokens, tokens / encode));
		stages.row("store", Table.f2(store), share(store, total),
				"`ChunkRepository.replaceForDocument` (one " + "transaction, embeddings as real[])");
		stages.row("index", Table.f2(index), share(index, total),
				String.format(Locale.ROOT, "BM25 upsert %.2f s, vector upsert %.2f s, mark ready",
						clock.seconds("keywordIndex.upsert"), clock.seconds("vectorIndex.upsert")));
		double other = encodingPhase - encode - store;
		stages.row("other", Table.f2(other), share(other, total), "heartbeats and bookkeeping between the above");
		stages.row("**total**", "**" + Table.f2(total) + "**", "100%", "submit to job DONE");
		String dominant = dominant(Map.of("parse", parse, "chunk", chunk, "encode", encode, "store", store, "index",
				index, "upload", submit));
		double pagesPerSecond = pdf.pages() / total;
		StringBuilder out = new StringBuilder();
		out.append("## Ingest: a 300-page text PDF (`./cairn bench ingest`)\n\n");
		out.append("Machine: ").append(machine).append("; load average at start ").append(load).append(".\n\n");
		out.append(String.format(Locale.ROOT, "Input: a generated report PDF (PDFBox, seed-fixed prose with numbered "
				+ "chapter/section headings in larger type): %d pages, %,d words (%.0f per page), %,d bytes. "
				+ "Pipeline: the product's `IngestService` → `IngestWorkers` (1 worker, the default) → "
				+ "`IngestJobRunner`, on %s, encoder `%s` (%s). A %d-page document is ingested first to load the model "
				+ "and warm up the JIT, as on a running server. Stage boundaries come from the job's state "
				+ "transitions, the times inside them from proxies around the ports.%n%n", pdf.pages(), pdf.words(),
				(double) pdf.words() / pdf.pages(), pdf.bytes().length, storage.describe(), encoder.name(),
				encoder.describe(), WARMUP_PAGES));
		out.append(String.format(Locale.ROOT, "**%.1f s for %d pages: %.2f pages/s** (target ≥ 10 pages/s: %s). "
				+ "Result: document %s with %d pages and %d chunks; %d entries added to the BM25 index and %d to the vector index.%n%n",
				total, pdf.pages(), pagesPerSecond, (pagesPerSecond >= 10) ? "met" : "**not met**",
				result.document().status(), result.document().pageCount(), result.document().chunkCount(),
				result.keywordCount(), result.vectorCount()));
		out.append(stages).append('\n');
		out.append(String.format(Locale.ROOT, "The largest stage is **%s** (%s of the total).", dominant,
				share(Map
					.of("parse", parse, "chunk", chunk, "encode", encode, "store", store, "index", index, "upload",
							submit)
					.get(dominant), total)));
		double budget = pdf.pages() / 10.0 - (total - encode);
		if (pagesPerSecond < 10 && budget > 0) {
			out.append(String.format(Locale.ROOT, " For 10 pages/s with the other stages as they are, encoding would "
					+ "have to take at most %.1f s, i.e. run at %.0f tokens/s or more (%.1f× the measured rate).",
					budget, tokens / budget, (tokens / budget) / (tokens / encode)));
		}
		return out.toString();
	}

	private static String dominant(Map<String, Double> stages) {
		return stages.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
	}

	private static String share(double part, double total) {
		return String.format(Locale.ROOT, "%.0f%%", 100 * part / total);
	}

}
