package io.cairn.api.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.cairn.core.retrieval.RetrievalSettings;

/** Collects the results of each mode and renders them. */
final class RetrievalReport {

	private final SciFact data;

	private final List<String> modes = new ArrayList<>();

	private final List<Map<String, RetrievalQuality.Score>> scores = new ArrayList<>();

	private final Table agreement = new Table("mode", "settings", "HybridSearcher nDCG@10", "evaluation nDCG@10",
			"HybridSearcher recall@100", "evaluation recall@100", "queries whose top 10 differ");

	private final Table hnsw = new Table("mode", "search setting", "recall@10 (k=10)", "recall@10 (first 10 of k=100)",
			"recall@100 (k=100)", "ms per k=10 search", "plan (k=10 / k=100)");

	private final Table latency = new Table("mode", "p50 ms", "p90 ms", "p99 ms", "mean ms", "max ms", "encode p50",
			"BM25 p50", "ANN p50", "chunk lookup p50", "highlight p50");

	private final Table build = new Table("mode", "storage", "catalog rows (documents, chunks, jobs)", "BM25 index",
			"vector index");

	private String encoderText = "";

	private final int warmup;

	RetrievalReport(SciFact data, int warmup) {
		this.data = data;
		this.warmup = warmup;
	}

	void encoder(BenchEncoder encoder, EncodedSciFact encoded) {
		int max = encoder.tokens().maxTokens();
		long over = Arrays.stream(encoded.corpusTokens()).filter((t) -> t > max).count();
		int longest = Arrays.stream(encoded.corpusTokens()).max().orElse(0);
		double mean = Arrays.stream(encoded.corpusTokens()).average().orElse(0);
		this.encoderText = String.format(Locale.ROOT,
				"Encoder: `%s` (%d-d) from multimodal-encoders, %s. Corpus: %,d abstracts, one chunk each "
						+ "(title + \". \" + text), %.0f tokens on average; **%d of them exceed the encoder's %d "
						+ "content tokens and are truncated when encoded** (longest: %d tokens). Encoding the corpus "
						+ "took %.0f s (%.1f abstracts/s)%s, on this shared machine alongside other jobs, so it is not a "
						+ "throughput figure (the ingest benchmark measures encoding); the vectors are cached in "
						+ "`platform-api/target/bench-cache/` by model and corpus size.",
				encoder.name(), encoder.dimensions(), encoder.describe(), encoded.corpus().length, mean, over, max,
				longest, encoded.corpusSeconds(), encoded.corpus().length / encoded.corpusSeconds(),
				encoded.corpusCached() ? " when the cache was filled" : " in this run");
	}

	void mode(BenchStorage storage, SciFactCatalog catalog, Map<String, RetrievalQuality.Score> modeScores,
			List<ProductSearch.Agreement> agreements, SearchLatency searchLatency, List<HnswRecall.Result> recalls,
			int segments) {
		String mode = storage.mode().name().toLowerCase(Locale.ROOT);
		this.modes.add(mode);
		this.scores.add(modeScores);
		for (ProductSearch.Agreement a : agreements) {
			this.agreement.row(mode, a.name(), a.ndcg10(), a.expectedNdcg10(), a.recall100(), a.expectedRecall100(),
					a.differingTop10() + " of " + a.queries());
		}
		for (HnswRecall.Result r : recalls) {
			this.hnsw.row(mode + ((segments > 0) ? " (" + segments + " segments)" : ""), r.setting(), r.recallAt10(),
					r.recall10Of100(), r.recallAt100(), Table.f2(r.meanMillis()), r.plan());
		}
		SearchLatency l = searchLatency;
		this.latency.row(mode, Table.f1(l.full().percentile(50)), Table.f1(l.full().percentile(90)),
				Table.f1(l.full().percentile(99)), Table.f1(l.full().mean()), Table.f1(l.full().max()),
				Table.f1(l.encode().percentile(50)), Table.f1(l.keyword().percentile(50)),
				Table.f1(l.vector().percentile(50)), Table.f1(l.lookup().percentile(50)),
				Table.f1(l.highlight().percentile(50)));
		this.build.row(mode, storage.describe(), Table.f1(catalog.catalogSeconds()) + " s",
				Table.f1(catalog.keywordSeconds()) + " s", Table.f1(catalog.vectorSeconds()) + " s");
	}

	String markdown(String machine, String load, boolean bothModes) {
		StringBuilder out = new StringBuilder();
		out.append("## Retrieval: BEIR SciFact (`./cairn bench retrieval`)\n\n");
		out.append("Machine: ").append(machine).append("; load average at start ").append(load).append(".\n\n");
		out.append(this.encoderText).append("\n\n");
		long qrels = this.data.qrels().values().stream().mapToLong(Map::size).sum();
		out.append(String.format(Locale.ROOT, "Queries: the %d test claims (%d relevance judgements). "
				+ "nDCG@10 is BEIR's (graded gains, log2 discount, ideal DCG from the qrels); recall@100 is over "
				+ "the judged-relevant abstracts. Each index contributes its top %d to fusion, as "
				+ "`HybridSearcher` does (`cairn.retrieval.candidates`); MMR re-ranks the best max(4·topK, 20) "
				+ "fused hits by the stored embeddings.%s%n%n", this.data.qrels().size(), qrels,
				RetrievalQuality.CANDIDATES, bothModes ? "" : " Server mode was not run (no `--jdbc`)."));
		out.append("### Quality\n\n").append(qualityTable()).append('\n');
		out.append(recommendation()).append("\n\n");
		out.append("### The product's `HybridSearcher` against the evaluation\n\n");
		out.append("The grid above fuses the per-index hit lists with the product's `RankFusion` and "
				+ "`MaximalMarginalRelevance`, with cached query vectors (the int8 encoder runs each text alone, "
				+ "so a vector does not depend on its batch). The real `HybridSearcher` (query encoding, both "
				+ "indexes, fusion, MMR, chunk lookup, highlighting) run over the same queries gives the numbers "
				+ "below; the last column compares its top 10 with the evaluation's fusion of candidates fetched "
				+ "at the same moment.\n\n");
		out.append(this.agreement).append('\n');
		out.append("### HNSW recall against exact search\n\n");
		out.append("Exact top-k by brute-force cosine over the same corpus vectors, for all ")
			.append(this.data.queries().size())
			.append(" claims (query view vectors), searched with the collection filter the product always "
					+ "sets. Lucene's `numCandidates` and pgvector's `ef_search` are the search beam; hybrid "
					+ "search asks each index for k=100, so its beam is at least 100 either way. The last column "
					+ "says whether PostgreSQL used the HNSW index or chose an exact scan + sort (it estimates the "
					+ "HNSW cost from `ef_search`; an exact scan has recall 1 by construction).\n\n");
		out.append(this.hnsw).append('\n');
		out.append("### Latency of the full hybrid search\n\n");
		RetrievalSettings defaults = RetrievalSettings.defaults();
		out.append(String.format(Locale.ROOT,
				"`HybridSearcher.search` with the default settings (%s, k=%d, %d candidates per index, MMR λ=%s), "
						+ "top 10, one query at a time after %d warm-up searches, over the %d test claims: query "
						+ "encoding + BM25 + ANN + fusion + chunk lookup + highlighting. The stage columns time each "
						+ "step alone over the same queries.%n%n",
				defaults.fusion(), defaults.rrfK(), defaults.candidates(), defaults.mmrLambda(), this.warmup,
				this.data.qrels().size()));
		out.append(this.latency).append('\n');
		out.append("### Building the indexes\n\n");
		out.append("Catalog rows through the product's JDBC repositories (one document with its bytes and "
				+ "job, one chunk, per abstract; 4 threads), then the keyword and vector indexes in batches of 500; "
				+ "the vector column includes an `ANALYZE` of the catalog, which autovacuum would run soon after "
				+ "such a bulk load (before it, PostgreSQL plans pgvector searches as exact scans of the "
				+ "collection's rows).\n\n");
		out.append(this.build);
		return out.toString();
	}

	private String qualityTable() {
		List<String> header = new ArrayList<>(List.of("ranking"));
		for (String mode : this.modes) {
			header.add(mode + " nDCG@10");
			header.add(mode + " recall@100");
		}
		Table table = new Table(header.toArray(String[]::new));
		for (String name : this.scores.get(0).keySet()) {
			List<Object> row = new ArrayList<>(List.of(name));
			for (Map<String, RetrievalQuality.Score> modeScores : this.scores) {
				RetrievalQuality.Score score = modeScores.get(name);
				row.add(score.ndcg10());
				row.add(score.recall100());
			}
			table.row(row.toArray());
		}
		return table.toString();
	}

	/**
	 * Best RRF against best weighted fusion by nDCG@10 (mean over the modes run), with
	 * paired bootstrap intervals over the queries of the first mode. Weighted fusion is
	 * recommended only when it is better and its interval excludes 0, since RRF needs no
	 * score calibration; an RRF k other than the usual 60 only when it is better than 60
	 * with an interval that excludes 0.
	 */
	private String recommendation() {
		Map.Entry<String, Double> rrf = best("hybrid RRF k=");
		Map.Entry<String, Double> weighted = best("hybrid weighted, vector weight ");
		String rrf60 = "hybrid RRF k=60";
		PairedBootstrap.Interval methods = interval(weighted.getKey(), rrf.getKey());
		boolean weightedWins = methods.delta() > 0 && methods.excludesZero();
		PairedBootstrap.Interval kVs60 = interval(rrf.getKey(), rrf60);
		String rrfPick = (kVs60.delta() > 0 && kVs60.excludesZero()) ? rrf.getKey() : rrf60;
		String pick = weightedWins ? weighted.getKey() : rrfPick;
		Table comparisons = new Table("comparison (nDCG@10)", "difference", "95% interval");
		comparison(comparisons, weighted.getKey(), rrf.getKey());
		comparison(comparisons, rrf.getKey(), rrf60);
		comparison(comparisons, "hybrid weighted, vector weight 0.5", rrf60);
		comparison(comparisons, "hybrid RRF k=60, no instruction", rrf60);
		comparison(comparisons, "dense, no instruction", "dense, query instruction");
		comparison(comparisons, "hybrid RRF k=60 + MMR λ=0.9", rrf60);
		comparison(comparisons, rrf60, "BM25 (Lucene, English analyzer)");
		String setting = weightedWins
				? "`cairn.retrieval.fusion=weighted`, `cairn.retrieval.vector-weight=" + pick.replaceAll(".* ", "")
						+ "`"
				: "`cairn.retrieval.fusion=reciprocal-rank`, `cairn.retrieval.rrf-k=" + pick.replaceAll(".*=", "")
						+ "`";
		return String.format(Locale.ROOT, """
				Paired bootstrap over the %d test queries (%s mode, 10,000 resamples, seed %d):

				%s
				Best reciprocal-rank fusion: %s (mean nDCG@10 over the modes %.4f); best weighted fusion: %s \
				(%.4f). **Recommended default: %s** (%s). Rule: weighted fusion only if it beats RRF with a \
				95%% interval above 0, because RRF needs no score calibration and so carries over to other \
				corpora and encoders; an RRF k other than 60 only if it beats k=60 the same way. \
				The RRF k was picked from four values on these same queries, so its gain is an optimistic \
				estimate (mean nDCG@10 by k: %s). Hybrid target ≥ 0.72 nDCG@10: %s.""",
				this.scores.get(0).get(rrf60).perQueryNdcg10().length, this.modes.get(0), PairedBootstrap.SEED,
				comparisons, rrf.getKey(), rrf.getValue(), weighted.getKey(), weighted.getValue(), pick, setting, byK(),
				(mean(pick) >= 0.72) ? String.format(Locale.ROOT, "met (%.4f)", mean(pick))
						: String.format(Locale.ROOT, "**not met** (%.4f)", mean(pick)));
	}

	private String byK() {
		List<String> values = new ArrayList<>();
		for (String name : this.scores.get(0).keySet()) {
			if (name.startsWith("hybrid RRF k=") && !name.contains(",") && !name.contains("MMR")) {
				values.add(String.format(Locale.ROOT, "%s %.4f", name.substring("hybrid RRF ".length()), mean(name)));
			}
		}
		return String.join(", ", values);
	}

	private void comparison(Table table, String a, String b) {
		PairedBootstrap.Interval interval = interval(a, b);
		table.row(a + " − " + b, String.format(Locale.ROOT, "%+.4f", interval.delta()),
				String.format(Locale.ROOT, "[%+.4f, %+.4f]", interval.low(), interval.high()));
	}

	private PairedBootstrap.Interval interval(String a, String b) {
		Map<String, RetrievalQuality.Score> first = this.scores.get(0);
		return PairedBootstrap.compare(first.get(a).perQueryNdcg10(), first.get(b).perQueryNdcg10());
	}

	private Map.Entry<String, Double> best(String prefix) {
		return this.scores.get(0)
			.keySet()
			.stream()
			.filter((name) -> name.startsWith(prefix) && !name.contains("no instruction") && !name.contains("MMR"))
			.map((name) -> Map.entry(name, mean(name)))
			.max(Map.Entry.comparingByValue())
			.orElseThrow();
	}

	private double mean(String name) {
		return this.scores.stream().mapToDouble((s) -> s.get(name).ndcg10()).average().orElse(0);
	}

}
