package io.cairn.api.bench;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import io.cairn.core.collection.CollectionRepository;
import io.cairn.core.collection.KnowledgeCollection;
import io.cairn.core.collection.Language;
import io.cairn.core.document.DocumentRepository.StoredUpload;
import io.cairn.core.ingest.IngestJobRunner;
import io.cairn.core.ingest.IngestService;
import io.cairn.core.ingest.IngestWorkers;
import io.cairn.core.ingest.IngestWorkers.WorkerSettings;
import io.cairn.core.ingest.Upload;
import io.cairn.core.ingest.parse.DocumentParser;
import io.cairn.core.ingest.parse.DocumentParsers;
import io.cairn.core.ingest.parse.Element;
import io.cairn.core.ingest.parse.MediaTypeDetector;
import io.cairn.core.ingest.parse.PageSink;
import io.cairn.core.ingest.parse.ParseLimits;
import io.cairn.core.job.IngestJob;
import io.cairn.core.job.JobState;
import io.cairn.core.media.TimeSpan;
import io.cairn.core.retrieval.EmbeddingSpace;
import io.cairn.core.retrieval.HybridSearcher;
import io.cairn.core.retrieval.RetrievalSettings;
import io.cairn.core.retrieval.SearchFilter;
import io.cairn.core.retrieval.SearchRequest;
import io.cairn.core.retrieval.SearchResult;
import io.cairn.db.lucene.LuceneVectorOptions;
import io.cairn.core.media.TextRecognizer;
import io.cairn.encoders.audio.SpeechOptions;
import io.cairn.encoders.ocr.OcrOptions;
import io.cairn.encoders.ocr.PpOcrEngine;
import io.cairn.encoders.video.TesseractCliRecognizer;
import io.cairn.encoders.video.TestRecordings;
import io.cairn.encoders.video.TestRecordings.Slide;
import io.cairn.encoders.video.VideoDocumentParser;
import io.cairn.encoders.video.VideoOptions;

/**
 * A generated slide talk (720p, 25 fps, slides on distinct topics shown for 7 to 24 s)
 * ingested through the product pipeline with the video parser (OCR: PP-OCRv4, the
 * product's default, or the Tesseract CLI with {@code --ocr tesseract}), then one
 * question per slide, "When does the slide about X appear?": is the top hit's time span
 * within 5 s of the slide's start? Also video minutes processed per wall-clock minute,
 * parse alone and whole ingest.
 */
public final class VideoBench {

	private static final String USAGE = """
			Usage: ./cairn bench video [--minutes N] [--seed N] [--ocr ppocr|tesseract] [--no-doc]
			  --minutes N  length of the generated talk (default 4)
			  --ocr NAME   ppocr (PP-OCRv4, the product default) or tesseract (default ppocr)
			  --seed N     seed of the slide order and durations (default 7)
			  --no-doc     print only, do not update docs/benchmarks.md""";

	private static final String[][] TOPICS = { { "Quarterly budget review", "Revenue grew while travel costs fell" },
			{ "Security incident response", "Rotate credentials after a breach" },
			{ "Hiring roadmap", "Three engineers join the data team" },
			{ "Cloud migration plan", "Move batch jobs to managed clusters" },
			{ "Customer satisfaction survey", "Support tickets answered within a day" },
			{ "Office relocation", "The new building opens in spring" },
			{ "Machine learning pipeline", "Models are retrained every night" },
			{ "Marketing campaign results", "Video ads doubled the click rate" },
			{ "Supply chain delays", "Shipping containers stuck at the port" },
			{ "Employee wellness program", "Free gym membership and yoga classes" },
			{ "Database backup strategy", "Snapshots copied to another region" },
			{ "Product launch timeline", "Beta release scheduled for June" },
			{ "Energy consumption report", "Solar panels cut electricity bills" },
			{ "Legal compliance update", "New privacy rules for customer data" },
			{ "Mobile app redesign", "Dark mode and larger buttons" },
			{ "Holiday party planning", "Dinner and music on Friday evening" } };

	private static final long WINDOW_MS = 5_000;

	private VideoBench() {
	}

	public static void main(String[] args) throws Exception {
		BenchLogging.quiet();
		BenchArgs options = new BenchArgs(args, USAGE);
		String machine = Machine.describe() + ", load average at the start " + Machine.loadAverage();
		System.out.println("[bench] " + machine);
		int minutes = options.getInt("minutes", 4);
		List<Slide> slides = slides(minutes * 60.0, new Random(options.getInt("seed", 7)));
		Path dir = BenchPaths.scratch("cairn-bench-video-");
		Path video = TestRecordings.slideShow(dir.resolve("talk.mp4"), slides, 25, null, 1280, 720);
		double seconds = slides.stream().mapToDouble(Slide::seconds).sum();
		System.out.printf(Locale.ROOT, "[bench] generated %d slides, %.0f s, %,d bytes%n", slides.size(), seconds,
				Files.size(video));
		String ocrName = options.get("ocr", "ppocr");
		try (PpOcrEngine ppocr = ocrName.equals("tesseract") ? null
				: PpOcrEngine.fromClasspath(OcrOptions.defaults())) {
			TextRecognizer ocr = (ppocr != null) ? ppocr : new TesseractCliRecognizer();
			run(options, machine, slides, video, seconds, ocrName,
					new VideoDocumentParser(VideoOptions.defaults(), SpeechOptions.defaults(), ocr));
		}
	}

	private static void run(BenchArgs options, String machine, List<Slide> slides, Path video, double seconds,
			String ocrName, VideoDocumentParser parser) throws Exception {
		long start = System.nanoTime();
		int[] counts = parseAlone(parser, video);
		double parseSeconds = SciFactCatalog.seconds(start);
		System.out.printf(Locale.ROOT, "[bench] parse alone: %.1f s, %d keyframes, %d elements%n", parseSeconds,
				counts[0], counts[1]);
		try (BenchEncoder encoder = BenchEncoder.english();
				BenchStorage storage = BenchStorage.embedded("video", LuceneVectorOptions.defaults())) {
			EmbeddingSpace space = new EmbeddingSpace(encoder.name(), encoder.passages(), encoder.queries(),
					encoder.tokens(), storage.vectors().open(encoder.name(), encoder.dimensions()));
			CollectionRepository collections = storage.collections();
			KnowledgeCollection collection = collections.create("talks", Language.ENGLISH, "general");
			DocumentParsers parsers = new DocumentParsers(List.<DocumentParser>of(parser));
			ParseLimits limits = VideoOptions.defaults().limits(ParseLimits.defaults());
			IngestJobRunner runner = new IngestJobRunner(collections, storage.documents(), storage.elements(),
					storage.chunks(), storage.jobs(), parsers, limits, storage.keywordIndex(), (language) -> space, 32);
			double ingestSeconds;
			try (IngestWorkers workers = new IngestWorkers(runner, storage.jobs(), storage.documents(), collections,
					new WorkerSettings(1, Duration.ofMillis(200), Duration.ofMinutes(30), 1))) {
				IngestService service = new IngestService(collections, storage.documents(), parsers,
						new MediaTypeDetector(), limits, workers::wakeUp);
				workers.start();
				start = System.nanoTime();
				StoredUpload upload = service.submit(collection.name(),
						new Upload("talk.mp4", Files.readAllBytes(video), null, null, Map.of()));
				IngestJob job = await(storage, upload);
				ingestSeconds = SciFactCatalog.seconds(start);
				if (job.state() != JobState.DONE) {
					throw new IllegalStateException("The ingest failed: " + job.error());
				}
			}
			HybridSearcher searcher = new HybridSearcher(storage.keywordIndex(), (language) -> space, storage.chunks(),
					RetrievalSettings.defaults());
			String markdown = report(machine, slides, searcher, collection, seconds, parseSeconds, ingestSeconds,
					counts, ocrName);
			System.out.println();
			System.out.println(markdown);
			if (!options.flag("no-doc")) {
				System.out.println("[bench] updated " + BenchmarkDoc.update("video", markdown));
			}
		}
	}

	/** The topics in a shuffled order, each shown for 7 to 24 s, filling the talk. */
	static List<Slide> slides(double totalSeconds, Random random) {
		List<String[]> topics = new ArrayList<>(List.of(TOPICS));
		java.util.Collections.shuffle(topics, random);
		List<Slide> slides = new ArrayList<>();
		double mean = totalSeconds / topics.size();
		for (int i = 0; i < topics.size(); i++) {
			double seconds = Math.round(mean * (0.45 + 1.1 * random.nextDouble()));
			Color background = Color.getHSBColor(random.nextFloat(), 0.15f, 0.97f);
			slides.add(new Slide(topics.get(i)[0] + "\n" + topics.get(i)[1], background, seconds));
		}
		return slides;
	}

	private static int[] parseAlone(DocumentParser parser, Path video) {
		int[] counts = new int[2];
		parser.parse(video, "video/mp4", VideoOptions.defaults().limits(ParseLimits.defaults()), 1, new PageSink() {
			@Override
			public void pageCount(int total) {
			}

			@Override
			public void page(int pageNumber, List<Element> elements) {
				counts[1] += elements.size();
			}

			@Override
			public void page(int pageNumber, List<Element> elements, List<io.cairn.core.media.MediaAsset> assets) {
				counts[0] += assets.size();
				page(pageNumber, elements);
			}
		});
		return counts;
	}

	private static IngestJob await(BenchStorage storage, StoredUpload upload) throws InterruptedException {
		IngestJob job;
		do {
			Thread.sleep(50);
			job = storage.jobs().findById(upload.job().id()).orElseThrow();
		}
		while (!job.state().isTerminal());
		return job;
	}

	private static String report(String machine, List<Slide> slides, HybridSearcher searcher,
			KnowledgeCollection collection, double seconds, double parseSeconds, double ingestSeconds, int[] counts,
			String ocrName) {
		Table perSlide = new Table("slide", "shown at (s)", "top hit at (s)", "within 5 s");
		int correct = 0;
		long slideStart = 0;
		for (Slide slide : slides) {
			String topic = slide.title().split("\n")[0];
			List<SearchResult> hits = searcher.search(collection,
					SearchRequest.hybrid("When does the slide about " + topic.toLowerCase(Locale.ROOT) + " appear?",
							SearchFilter.collection(collection.id()), 1));
			TimeSpan time = hits.isEmpty() ? null : hits.getFirst().chunk().location().time();
			boolean ok = time != null && Math.abs(time.startMs() - slideStart) <= WINDOW_MS;
			correct += ok ? 1 : 0;
			perSlide.row(topic, Table.f1(slideStart / 1000.0),
					time == null ? "none" : Table.f1(time.startMs() / 1000.0), ok ? "yes" : "**no**");
			slideStart += Math.round(slide.seconds() * 1000);
		}
		Table summary = new Table("measure", "value");
		summary.row("slides answered in the right 10 s window (top hit)",
				correct + " / " + slides.size() + " (" + Table.f1(100.0 * correct / slides.size()) + "%)");
		summary.row("video length", Table.f1(seconds / 60) + " min (1280x720, 25 fps, MPEG-4 Part 2)");
		summary.row("keyframes kept / elements", counts[0] + " / " + counts[1]);
		summary.row("parse alone (decode, keyframes, OCR)",
				Table.f1(parseSeconds) + " s = " + Table.f2(seconds / parseSeconds) + " video min per min");
		summary.row("whole ingest (upload checks, parse, chunk, encode, index)",
				Table.f1(ingestSeconds) + " s = " + Table.f2(seconds / ingestSeconds) + " video min per min");
		return "## Video: a generated slide talk (`./cairn bench video`)\n\n"
				+ "Generated slide talk, `./cairn bench video` (defaults: 4 minutes, seed 7), on " + machine + ". OCR: "
				+ (ocrName.equals("tesseract") ? "the Tesseract 5 CLI" : "PP-OCRv4 (the product default)")
				+ ". No sound track, so no speech recognition in these numbers.\n\n" + summary + "\n" + perSlide
				+ "\nLoad average at the end: " + Machine.loadAverage() + ".";
	}

}
