package io.cairn.api.bench;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.cairn.core.answer.AnswerSettings;
import io.cairn.inference.extractive.ExtractiveSettings;

/** The markdown section of {@code ./cairn bench answers}. */
final class AnswerReport {

	private static final double DEFAULT_RETRIEVAL = AnswerSettings.defaults().minRetrievalSimilarity();

	private static final double DEFAULT_SUPPORT = ExtractiveSettings.DEFAULT_MIN_SUPPORT;

	private final String machine;

	private final String load;

	private final TatQa data;

	private String storage = "";

	private String encoder = "";

	private TatQaRun.Result result;

	private final List<String> latencyRows = new ArrayList<>();

	private final String sampling;

	AnswerReport(String machine, String load, TatQa data, String sampling) {
		this.sampling = sampling;
		this.machine = machine;
		this.load = load;
		this.data = data;
	}

	void storage(String storage, String encoder) {
		this.storage = storage;
		this.encoder = encoder;
	}

	private StructuredRun.@Nullable Result structured;

	void tatqa(TatQaRun.Result result) {
		this.result = result;
		RefusalSweep sweep = new RefusalSweep(result.observations());
		List<RefusalSweep.Point> grid = sweep.grid();
		RefusalSweep.Point best = sweep.bestF1(grid);
		System.out.printf(Locale.ROOT, "[bench] evidence recall@5 %.4f; best refusal F1 %.3f at %s%n",
				result.evidenceRecall(), best.f1(), pair(best));
		for (String type : List.of("span", "multi-span", "arithmetic", "count")) {
			SpanQuality q = SpanQuality.score(result.observations(), type, DEFAULT_RETRIEVAL, DEFAULT_SUPPORT);
			System.out.printf(Locale.ROOT, "[bench] %-10s n=%d answered=%d EM %.4f F1 %.4f%n", type, q.questions(),
					q.answered(), q.exactMatch(), q.f1());
		}
	}

	void structured(StructuredRun.Result result) {
		this.structured = result;
	}

	private void structured(StringBuilder out) {
		out.append("### Structured output\n\n");
		StructuredRun.Result r = this.structured;
		if (r == null) {
			out.append("Not measured in this run.\n\n");
			return;
		}
		out.append(String.format(Locale.ROOT,
				"""
						Each question becomes a schema with three required fields (`answer` string and `value` number, both \
						described by the question; `scale` enum thousand/million/billion/percent), filled by the extractive \
						schema filler (`ExtractiveSchemaFiller`: per-field hybrid retrieval and typed extraction) from \
						`tatqa`, and validated with networknt json-schema-validator (draft 2020-12; fields the sources do \
						not give are `null`, as documented).

						| schemas filled | valid | all fields filled | numeric span questions | value = gold | scale = gold | mean ms per fill |
						|---|---|---|---|---|---|---|
						| %d | **%d (%.1f%%)** | %d (%.1f%%) | %d | %d (%.1f%%) | %d (%.1f%%) | %.0f |

						""",
				r.requests(), r.valid(), 100.0 * r.valid() / Math.max(1, r.requests()), r.complete(),
				100.0 * r.complete() / Math.max(1, r.requests()), r.numeric(), r.valueMatches(),
				100.0 * r.valueMatches() / Math.max(1, r.numeric()), r.scaleMatches(),
				100.0 * r.scaleMatches() / Math.max(1, r.numeric()), r.meanMillis()));
	}

	void latency(String corpus, AnswerLatency latency) {
		Stats stats = latency.stats();
		double p50 = stats.percentile(50);
		this.latencyRows.add(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f | %d | %s |", corpus,
				latency.questions(), p50, stats.percentile(99), stats.mean(), stats.max(), latency.refused(),
				(p50 <= 120) ? "met" : "**not met**"));
	}

	String markdown(String loadAtEnd) {
		List<TatQaRun.Observation> observations = this.result.observations();
		RefusalSweep sweep = new RefusalSweep(observations);
		StringBuilder out = new StringBuilder();
		out.append("## Answers: TAT-QA dev and answer latency (`./cairn bench answers`)\n\n");
		out.append("Machine: ")
			.append(this.machine)
			.append("; load average ")
			.append(this.load)
			.append(" at the start, ")
			.append(loadAtEnd)
			.append(" at the end.\n\n");
		out.append(String.format(Locale.ROOT, """
				Setup: TAT-QA dev, %d contexts and %d questions%s. Each context (a table of a financial report \
				and its paragraphs) is one Markdown document: one-cell title rows as a line, the table as a pipe \
				table (first row(s) as the header), then the paragraphs in order. They go through the product's \
				`IngestService` and ingest worker into the collection `tatqa` (%d chunks) and, split in two by a \
				fixed seed, into `half-a` and `half-b`. Questions are asked through the product's `AnswerService` \
				(hybrid search, top %d, context of %d tokens) with the extractive generator, on %s; encoder %s. \
				For the quality runs the encoder keeps the vectors of texts it has embedded (the same sentences \
				come back for every question of a context; one sequence per call, so no vector changes); latency \
				is measured without that memo.%n%n""", this.data.contexts().size(), this.data.questions().size(),
				this.sampling, this.result.chunks(), AnswerSettings.defaults().topK(), AnswerStack.CONTEXT_TOKENS,
				this.storage, this.encoder));
		quality(out, observations);
		refusal(out, sweep);
		structured(out);
		out.append("### Latency\n\n");
		out.append("`AnswerService.answer` end to end (query encoding, BM25 + HNSW, fusion, chunk lookup, "
				+ "retrieval support, context assembly, extractive generation with sentence encoding, citation "
				+ "check), one question at a time after a warm-up, with the default thresholds " + "(retrieval ")
			.append(DEFAULT_RETRIEVAL)
			.append(", support ")
			.append(DEFAULT_SUPPORT)
			.append("). TAT-QA: the first questions of the dev set on `tatqa`. Target: p50 ≤ 120 ms on the SciFact-size corpus.\n\n");
		out.append("| corpus | questions | p50 ms | p99 ms | mean ms | max ms | refused | p50 target |\n");
		out.append("|---|---|---|---|---|---|---|---|\n");
		this.latencyRows.forEach((row) -> out.append(row).append('\n'));
		return out.toString();
	}

	private void quality(StringBuilder out, List<TatQaRun.Observation> observations) {
		out.append("### Answer quality (collection `tatqa`, default thresholds)\n\n");
		out.append(String.format(Locale.ROOT, "Thresholds as shipped: retrieval similarity %.2f, extractive support "
				+ "%.2f; a refused question scores 0. Prediction: the exact answer when the generator gives one, "
				+ "else the answer text without `[n]` markers. EM and token F1 after TAT-QA-style normalisation "
				+ "(lower case; `$`, `%%`, thousands separators, scale words, articles and punctuation removed; "
				+ "numbers by value); multi-span answers compared as sets of spans.%n%n", DEFAULT_RETRIEVAL,
				DEFAULT_SUPPORT));
		Table table = new Table("answer type", "questions", "answered", "refused", "EM", "F1", "EM (answered)",
				"F1 (answered)");
		for (String type : List.of("span", "multi-span", "arithmetic", "count")) {
			SpanQuality q = SpanQuality.score(observations, type, DEFAULT_RETRIEVAL, DEFAULT_SUPPORT);
			boolean computed = type.equals("arithmetic") || type.equals("count");
			String na = "not supported (needs computation)";
			table.row(type, q.questions(), percent(q.answered(), q.questions()),
					percent(q.questions() - q.answered(), q.questions()),
					computed ? na : Table.f2(100 * q.exactMatch()), computed ? "" : Table.f2(100 * q.f1()),
					computed ? "" : Table.f2(100 * q.exactMatchAnswered()),
					computed ? "" : Table.f2(100 * q.f1Answered()));
		}
		out.append(table).append('\n');
		out.append(String.format(Locale.ROOT, "Evidence recall@5 (`HybridSearcher`, top 5, same question, collection "
				+ "`tatqa`): **%.4f** over all questions; %.4f for questions answered from the table (or table and "
				+ "text), %.4f for questions answered from the text only. A paragraph counts as found when a chunk "
				+ "holds its first ~80 characters, the table when a chunk of the context's document holds one of its "
				+ "body rows.%n%n", this.result.evidenceRecall(), this.result.evidenceRecallTable(),
				this.result.evidenceRecallText()));
	}

	private void refusal(StringBuilder out, RefusalSweep sweep) {
		List<RefusalSweep.Point> grid = sweep.grid();
		RefusalSweep.Point best = sweep.bestF1(grid);
		Optional<RefusalSweep.Point> precise = sweep.bestRecallAtPrecision(grid);
		out.append("### Refusal\n\n");
		out.append(String.format(Locale.ROOT, """
				Each question is asked of the half that has its context (%d answerable) and of the half that \
				lacks it (%d unanswerable), with both thresholds off; a threshold pair refuses a question when \
				its retrieval support (cosine of question and best retrieved chunk, `Answer.retrievalSupport`) \
				is under the first, or the extractive support (`cairn.support`, best sentence) under the second, \
				or the service refused it anyway (no sentence survived the citation check). Precision: refusals \
				that were of unanswerable questions / all refusals; recall: unanswerable questions refused / \
				unanswerable questions; answered: answerable questions answered.%n%n""", sweep.answerableCount(),
				sweep.unanswerableCount()));
		Table table = new Table("retrieval ≥", "support ≥", "refusal precision", "refusal recall", "refusal F1",
				"answerable answered", "");
		row(table, sweep.at(RefusalSweep.RETRIEVAL_OFF, RefusalSweep.SUPPORT_OFF), "both off");
		row(table, sweep.at(DEFAULT_RETRIEVAL, DEFAULT_SUPPORT), "**current defaults**");
		for (RefusalSweep.Point point : sweep.retrievalOnly(0.55, 0.90, 0.05)) {
			row(table, point, "retrieval only");
		}
		for (RefusalSweep.Point point : sweep.supportOnly(0.30, 0.80, 0.05)) {
			row(table, point, "support only");
		}
		row(table, best, "**best refusal F1** (grid)");
		precise.ifPresent((point) -> row(table, point, "**highest recall at precision ≥ 0.9** (grid)"));
		out.append(table).append('\n');
		out.append(String.format(Locale.ROOT, "The grid: retrieval off or 0.40 to 0.95, support off or 0.20 to 0.90, "
				+ "steps of 0.01. Best refusal F1: %s.", pair(best)));
		precise.ifPresentOrElse(
				(point) -> out
					.append(String.format(Locale.ROOT, " Highest recall with precision ≥ 0.9: %s.", pair(point))),
				() -> out.append(" No pair reaches a precision of 0.9."));
		RefusalSweep.Point recommended = precise.orElse(best);
		out.append(String.format(Locale.ROOT,
				"%n%n**Recommendation:** `cairn.answers.min-retrieval-similarity=%s`, "
						+ "`cairn.generator.extractive.min-support=%s` (%s).%n%n",
				threshold(recommended.minRetrieval()), threshold(recommended.minSupport()), pair(recommended)));
	}

	private static void row(Table table, RefusalSweep.Point point, String note) {
		table.row(threshold(point.minRetrieval()), threshold(point.minSupport()),
				Table.f2(100 * point.precision()) + "%", Table.f2(100 * point.recall()) + "%",
				Table.f2(100 * point.f1()) + "%", Table.f2(100 * point.answered()) + "%", note);
	}

	static String pair(RefusalSweep.Point point) {
		return String.format(Locale.ROOT,
				"retrieval ≥ %s, support ≥ %s: precision %.3f, recall %.3f, F1 %.3f, answerable answered %.3f",
				threshold(point.minRetrieval()), threshold(point.minSupport()), point.precision(), point.recall(),
				point.f1(), point.answered());
	}

	private static String threshold(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}

	private static String percent(int part, int whole) {
		return String.format(Locale.ROOT, "%d (%.1f%%)", part, 100.0 * part / Math.max(1, whole));
	}

}
