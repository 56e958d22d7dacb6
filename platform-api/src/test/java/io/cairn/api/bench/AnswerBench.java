package io.cairn.api.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.cairn.core.answer.AnswerSettings;
import io.cairn.db.lucene.LuceneVectorOptions;
import io.cairn.inference.extractive.ExtractiveSettings;

/**
 * Answer quality on TAT-QA dev (exact match, token F1, evidence recall@5, refusal
 * thresholds) and answer latency on TAT-QA and SciFact, through the product's ingest,
 * hybrid search, {@code AnswerService} and extractive generator. See docs/benchmarks.md;
 * {@code ./cairn bench answers --help} for the options.
 */
public final class AnswerBench {

	private static final String USAGE = """
			Usage: ./cairn bench answers [--limit N] [--latency N] [--warmup N] [--no-scifact] [--no-doc]
			  --limit N     only the first N TAT-QA contexts (default all 278)
			  --sample N    only the first N questions of each context (default all)
			  --latency N   TAT-QA questions timed without the encoder memo (default 200)
			  --warmup N    answers before latency is measured (default 30)
			  --scifact-latency N  SciFact test claims timed (default all 300)
			  --structured N       TAT-QA questions filled as schemas (default 300)
			  --candidate-cap N    extractive candidate cap for the quality run (default: the generator's)
			  --latency-caps A,B   candidate caps whose latency is measured (default: the quality cap)
			  --tatqa FILE  TAT-QA dev json (default /work/shared/datasets/tatqa/tatqa_dataset_dev.json)
			  --scifact DIR BEIR SciFact directory (default /work/shared/datasets/scifact)
			  --no-scifact  skip the SciFact latency run
			  --no-doc      print only, do not update docs/benchmarks.md (implied by --limit)""";

	private AnswerBench() {
	}

	public static void main(String[] args) throws Exception {
		BenchLogging.quiet();
		BenchArgs options = new BenchArgs(args, USAGE);
		String machine = Machine.describe();
		String load = Machine.loadAverage();
		System.out.println("[bench] " + machine + ", load " + load);
		TatQa data = TatQa.load(Path.of(options.get("tatqa", TatQa.DEFAULT_FILE.toString())));
		String limit = options.get("limit");
		if (limit != null) {
			data = data.limit(Integer.parseInt(limit));
		}
		String sample = options.get("sample");
		if (sample != null) {
			data = data.sample(Integer.parseInt(sample));
		}
		int warmup = options.getInt("warmup", 30);
		int latencyQuestions = options.getInt("latency", 200);
		int qualityCap = options.getInt("candidate-cap", ExtractiveSettings.defaults().candidateCap());
		List<Integer> caps = java.util.Arrays.stream(options.get("latency-caps", qualityCap + "").split(","))
			.map(String::strip)
			.map(Integer::parseInt)
			.toList();
		AnswerReport report = new AnswerReport(machine, load, data,
				(sample != null) ? " (the first " + sample + " of each context, to bound the run time)" : "");
		try (BenchEncoder encoder = BenchEncoder.english();
				BenchStorage storage = BenchStorage.embedded("answers", LuceneVectorOptions.defaults());
				AnswerStack stack = new AnswerStack(storage, encoder, true)) {
			report.storage(storage.describe(), encoder.name() + " (" + encoder.describe() + ")");
			long start = System.nanoTime();
			TatQaRun.Result result = TatQaRun.run(stack, data, storage, qualityCap);
			System.out.printf(Locale.ROOT, "[bench] %d answers in %.0f s%n", result.observations().size(),
					SciFactCatalog.seconds(start));
			report.tatqa(result);
			List<TatQa.Question> structuredQuestions = data.questions()
				.subList(0, Math.min(options.getInt("structured", 300), data.questions().size()));
			StructuredRun.Result structured = StructuredRun.run(stack, storage, structuredQuestions, result.full());
			System.out.printf(Locale.ROOT, "[bench] structured output: %d of %d valid, %d complete, value %d/%d%n",
					structured.valid(), structured.requests(), structured.complete(), structured.valueMatches(),
					structured.numeric());
			report.structured(structured);
			writeObservations(result.observations());
			List<String> questions = data.questions().stream().map(TatQa.Question::text).toList();
			List<String> timed = questions.subList(0, Math.min(latencyQuestions, questions.size()));
			List<String> warm = questions.subList(Math.max(0, questions.size() - warmup), questions.size());
			for (int cap : caps) {
				AnswerStack.Answering product = stack.answering(false,
						AnswerSettings.defaults().minRetrievalSimilarity(), ExtractiveSettings.DEFAULT_MIN_SUPPORT,
						cap);
				AnswerLatency tatqaLatency = AnswerLatency.measure(product.service(), result.full(), warm, timed);
				report.latency("TAT-QA dev (" + data.contexts().size() + " contexts, " + result.chunks()
						+ " chunks), candidate cap " + cap, tatqaLatency);
				print("TAT-QA cap " + cap, tatqaLatency);
			}
		}
		if (!options.flag("no-scifact")) {
			scifact(options, warmup, caps, report);
		}
		String markdown = report.markdown(Machine.loadAverage());
		System.out.println();
		System.out.println(markdown);
		if (!options.flag("no-doc") && limit == null) {
			System.out.println("[bench] updated " + BenchmarkDoc.update("answers", markdown));
		}
	}

	/**
	 * SciFact in a storage of its own (the catalog checks that its indexes hold exactly
	 * its chunks).
	 */
	private static void scifact(BenchArgs options, int warmup, List<Integer> caps, AnswerReport report)
			throws Exception {
		SciFact scifact = SciFact.load(Path.of(options.get("scifact", SciFact.DEFAULT_DIR.toString())));
		try (BenchEncoder encoder = BenchEncoder.english();
				BenchStorage storage = BenchStorage.embedded("answers-scifact", LuceneVectorOptions.defaults());
				AnswerStack stack = new AnswerStack(storage, encoder, false)) {
			EncodedSciFact encoded = EncodedSciFact.load(scifact, encoder);
			SciFactCatalog catalog = SciFactCatalog.build(storage, scifact, encoded, encoder);
			List<String> tests = scifact.testQueries()
				.stream()
				.map(SciFact.Query::text)
				.limit(options.getInt("scifact-latency", 300))
				.toList();
			List<String> others = scifact.queries()
				.stream()
				.filter((q) -> !scifact.qrels().containsKey(q.id()))
				.map(SciFact.Query::text)
				.limit(warmup)
				.toList();
			for (int cap : caps) {
				AnswerStack.Answering product = stack.answering(false,
						AnswerSettings.defaults().minRetrievalSimilarity(), ExtractiveSettings.DEFAULT_MIN_SUPPORT,
						cap);
				AnswerLatency latency = AnswerLatency.measure(product.service(), catalog.collection(), others, tests);
				report.latency("BEIR SciFact (5,183 abstracts, one chunk each; test claims), candidate cap " + cap,
						latency);
				print("SciFact cap " + cap, latency);
			}
		}
	}

	private static void print(String name, AnswerLatency latency) {
		System.out.printf(Locale.ROOT,
				"[bench] %s answer latency p50 %.1f ms, p99 %.1f ms, mean %.1f ms (%d refused)%n", name,
				latency.stats().percentile(50), latency.stats().percentile(99), latency.stats().mean(),
				latency.refused());
	}

	/** Every answer as a tab-separated line, for looking at failures. */
	private static void writeObservations(List<TatQaRun.Observation> observations) throws IOException {
		List<String> lines = new ArrayList<>();
		lines.add(
				"ask\ttype\tfrom\toutcome\treason\tretrieval\tsupport\tem\tf1\tquestion\tgold\tprediction\ttext\tgenerated");
		for (TatQaRun.Observation o : observations) {
			lines.add(String.join("\t", o.ask().name(), o.question().answerType(), o.question().answerFrom(),
					o.outcome().name(), String.valueOf(o.reason()),
					String.format(Locale.ROOT, "%.4f", o.retrievalSupport()),
					String.format(Locale.ROOT, "%.4f", o.generatorSupport()), SpanQuality.exactMatch(o) ? "1" : "0",
					String.format(Locale.ROOT, "%.3f", SpanQuality.f1(o)), clean(o.question().text()),
					clean(String.join(" ## ", o.question().answers())), clean(o.prediction()), clean(o.text()),
					clean(o.generated())));
		}
		Path file = BenchPaths.cache().resolve("answers-observations.tsv");
		Files.write(file, lines);
		System.out.println("[bench] wrote " + file);
	}

	private static String clean(String text) {
		return text.replaceAll("[\\t\\n\\r]+", " ");
	}

}
