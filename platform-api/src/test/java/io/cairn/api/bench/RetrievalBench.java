package io.cairn.api.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.cairn.core.retrieval.FusionMethod;
import io.cairn.core.retrieval.RetrievalSettings;
import io.cairn.core.retrieval.SearchFilter;
import io.cairn.core.retrieval.VectorIndex;
import io.cairn.db.lucene.LuceneVectorOptions;
import io.cairn.db.pgvector.PgVectorOptions;

/**
 * Retrieval quality and speed on BEIR SciFact, in the embedded and the server storage
 * mode. See docs/benchmarks.md; {@code ./cairn bench retrieval --help} for the options.
 */
public final class RetrievalBench {

	private static final String USAGE = """
			Usage: ./cairn bench retrieval [--jdbc URL] [--data DIR] [--warmup N] [--no-doc]
			  --jdbc URL   PostgreSQL with pgvector for server mode (db/scripts/start-postgres.sh prints one);
			               without it only the embedded mode runs
			  --data DIR   BEIR SciFact directory (default /work/shared/datasets/scifact)
			  --warmup N   searches before the latency is measured (default 100)
			  --no-doc     print only, do not update docs/benchmarks.md""";

	private static final int[] LUCENE_CANDIDATES = { 10, 20, 50, 100, 200 };

	private static final int[] PG_EF_SEARCH = { 10, 20, 40, 100, 200 };

	private RetrievalBench() {
	}

	public static void main(String[] args) throws Exception {
		BenchLogging.quiet();
		BenchArgs options = new BenchArgs(args, USAGE);
		String machine = Machine.describe();
		String load = Machine.loadAverage();
		System.out.println("[bench] " + machine + ", load " + load);
		SciFact data = SciFact.load(Path.of(options.get("data", SciFact.DEFAULT_DIR.toString())));
		List<BenchStorage.Mode> modes = new ArrayList<>(List.of(BenchStorage.Mode.EMBEDDED));
		String jdbc = options.get("jdbc");
		if (jdbc != null) {
			modes.add(BenchStorage.Mode.SERVER);
		}
		int warmup = options.getInt("warmup", 100);
		RetrievalReport report = new RetrievalReport(data, warmup);
		try (BenchEncoder encoder = BenchEncoder.english()) {
			EncodedSciFact encoded = EncodedSciFact.load(data, encoder);
			report.encoder(encoder, encoded);
			for (BenchStorage.Mode mode : modes) {
				System.out.println("[bench] " + mode.label());
				try (BenchStorage storage = (mode == BenchStorage.Mode.EMBEDDED)
						? BenchStorage.embedded("retrieval", LuceneVectorOptions.defaults())
						: BenchStorage.server("retrieval", jdbc, PgVectorOptions.defaults())) {
					runMode(storage, data, encoded, encoder, warmup, report);
				}
			}
		}
		String markdown = report.markdown(machine, load, modes.size() > 1);
		System.out.println();
		System.out.println(markdown);
		if (!options.flag("no-doc")) {
			System.out.println("[bench] updated " + BenchmarkDoc.update("retrieval", markdown));
		}
	}

	private static void runMode(BenchStorage storage, SciFact data, EncodedSciFact encoded, BenchEncoder encoder,
			int warmup, RetrievalReport report) throws Exception {
		SciFactCatalog catalog = SciFactCatalog.build(storage, data, encoded, encoder);
		System.out.printf(Locale.ROOT, "[bench]   catalog %.1f s, BM25 index %.1f s, vector index %.1f s%n",
				catalog.catalogSeconds(), catalog.keywordSeconds(), catalog.vectorSeconds());
		RetrievalQuality quality = new RetrievalQuality(data, catalog, encoded, storage);
		Map<String, RetrievalQuality.Score> scores = new LinkedHashMap<>();
		for (RetrievalQuality.Ranking ranking : quality.rankings()) {
			RetrievalQuality.Score score = quality.score(ranking);
			scores.put(ranking.name(), score);
			System.out.printf(Locale.ROOT, "[bench]   %-45s nDCG@10 %.4f  recall@100 %.4f%n", score.name(),
					score.ndcg10(), score.recall100());
		}
		ProductSearch product = new ProductSearch(data, catalog, storage, encoder);
		List<ProductSearch.Agreement> agreements = new ArrayList<>();
		agreements.add(product.check("RRF k=10", ProductSearch.settings(FusionMethod.RECIPROCAL_RANK, 10, 0.5, 1.0),
				quality, ranking(quality, "hybrid RRF k=10")));
		agreements.add(product.check("RRF k=60", ProductSearch.settings(FusionMethod.RECIPROCAL_RANK, 60, 0.5, 1.0),
				quality, ranking(quality, "hybrid RRF k=60")));
		agreements.add(product.check("weighted 0.5", ProductSearch.settings(FusionMethod.WEIGHTED, 60, 0.5, 1.0),
				quality, ranking(quality, "hybrid weighted, vector weight 0.5")));
		agreements.add(product.check("RRF k=60 + MMR λ=0.7",
				ProductSearch.settings(FusionMethod.RECIPROCAL_RANK, 60, 0.5, 0.7), quality,
				ranking(quality, "hybrid RRF k=60 + MMR λ=0.7")));
		for (ProductSearch.Agreement agreement : agreements) {
			System.out.printf(Locale.ROOT, "[bench]   HybridSearcher %s: nDCG@10 %.4f (evaluation %.4f), %d differ%n",
					agreement.name(), agreement.ndcg10(), agreement.expectedNdcg10(), agreement.differingTop10());
		}
		SearchLatency latency = SearchLatency.measure(product, RetrievalSettings.defaults(), data, catalog,
				storage.keywordIndex(), warmup);
		System.out.printf(Locale.ROOT, "[bench]   hybrid search p50 %.1f ms, p99 %.1f ms%n",
				latency.full().percentile(50), latency.full().percentile(99));
		int segments = storage.vectorSegments(encoder.name());
		List<HnswRecall.Result> recalls = hnsw(storage, catalog, encoded, encoder);
		report.mode(storage, catalog, scores, agreements, latency, recalls, segments);
	}

	private static RetrievalQuality.Ranking ranking(RetrievalQuality quality, String name) {
		return quality.rankings()
			.stream()
			.filter((r) -> r.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No ranking " + name));
	}

	/**
	 * Recall against exact search: the default setting, then a sweep of the search beam.
	 */
	private static List<HnswRecall.Result> hnsw(BenchStorage storage, SciFactCatalog catalog, EncodedSciFact encoded,
			BenchEncoder encoder) {
		HnswRecall recall = new HnswRecall(catalog, encoded);
		SearchFilter filter = SearchFilter.collection(catalog.collection().id());
		List<HnswRecall.Result> results = new ArrayList<>();
		LuceneVectorOptions lucene = LuceneVectorOptions.defaults();
		PgVectorOptions pg = PgVectorOptions.defaults();
		boolean server = storage.mode() == BenchStorage.Mode.SERVER;
		int[] sweep = server ? PG_EF_SEARCH : LUCENE_CANDIDATES;
		for (int beam : sweep) {
			LuceneVectorOptions luceneSetting = new LuceneVectorOptions(lucene.maxConn(), lucene.beamWidth(), beam);
			PgVectorOptions pgSetting = new PgVectorOptions(pg.m(), pg.efConstruction(), beam,
					pg.exactSearchThreshold());
			VectorIndex index = storage.reopenVectors(encoder.name(), encoder.dimensions(), luceneSetting, pgSetting);
			boolean isDefault = server ? beam == pg.efSearch() : beam == lucene.numCandidates();
			String setting = (server
					? "ef_search=" + beam + " (m=" + pg.m() + ", ef_construction=" + pg.efConstruction() + ")"
					: "numCandidates=" + beam + " (maxConn=" + lucene.maxConn() + ", beamWidth=" + lucene.beamWidth()
							+ ")")
					+ (isDefault ? " **default**" : "");
			HnswRecall.Result result = recall.measure(setting, index, filter);
			System.out.printf(Locale.ROOT, "[bench]   %s recall@10 %.4f (first 10 of k=100: %.4f), recall@100 %.4f%n",
					setting, result.recallAt10(), result.recall10Of100(), result.recallAt100());
			results.add(result);
		}
		return results;
	}

}
