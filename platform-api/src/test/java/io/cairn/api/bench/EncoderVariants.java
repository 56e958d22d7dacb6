package io.cairn.api.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.cairn.encoders.text.BatchExecution;

/**
 * Encoding throughput of other encoder settings on the chunks an ingest produced, to see
 * what would speed up the encode stage: intra-op threads against concurrent sequences,
 * padded batches instead of one run per sequence, and the smaller MiniLM model.
 */
final class EncoderVariants {

	private static final int ROUNDS = 3;

	/**
	 * One encoder setting.
	 *
	 * @param label row label
	 * @param model model name
	 * @param threads intra-op threads
	 * @param concurrency batches at a time
	 * @param execution batch execution
	 * @param callSize texts per {@code embed} call (the ingest's encode batch)
	 */
	record Variant(String label, String model, int threads, int concurrency, BatchExecution execution, int callSize) {
	}

	static List<Variant> defaults() {
		return List.of(
				new Variant("product default: 2 threads, one sequence at a time", BenchEncoder.MODEL, 2, 1,
						BatchExecution.AUTO, 32),
				new Variant("1 thread × 2 concurrent batches (encode batch 64)", BenchEncoder.MODEL, 1, 2,
						BatchExecution.AUTO, 64),
				new Variant("2 threads, padded batches of 32", BenchEncoder.MODEL, 2, 1, BatchExecution.PADDED, 32),
				new Variant("all-minilm-l6-v2 (6 layers), 2 threads", "all-minilm-l6-v2", 2, 1, BatchExecution.AUTO,
						32));
	}

	/**
	 * The throughput of each variant on {@code texts}: a sample of the texts is encoded
	 * by each variant in turn, for several rounds, and each variant's best round counts,
	 * so that load from other processes on the shared machine affects all of them alike
	 * and as little as possible.
	 * @param tokens content tokens of {@code texts}
	 * @param pages pages the texts came from
	 * @param otherSeconds the ingest's time outside encoding, for the projected rate
	 */
	static Table measure(List<String> texts, int tokens, int pages, double otherSeconds) {
		List<Variant> variants = defaults();
		List<BenchEncoder> encoders = new ArrayList<>();
		try {
			for (Variant variant : variants) {
				BenchEncoder encoder = BenchEncoder.create(variant.model(), variant.threads(), variant.concurrency(),
						variant.execution());
				encoders.add(encoder);
				encoder.passages().embed(texts.subList(0, Math.min(32, texts.size())));
			}
			// Every 4th text: a sample with the length mix of the whole.
			List<String> sample = new ArrayList<>();
			for (int i = 0; i < texts.size(); i += 4) {
				sample.add(texts.get(i));
			}
			double share = sample.stream().mapToInt(String::length).sum()
					/ (double) texts.stream().mapToInt(String::length).sum();
			double[] best = new double[variants.size()];
			java.util.Arrays.fill(best, Double.MAX_VALUE);
			float[][][] vectors = new float[variants.size()][][];
			for (int round = 0; round < ROUNDS; round++) {
				for (int v = 0; v < variants.size(); v++) {
					long start = System.nanoTime();
					vectors[v] = encode(encoders.get(v), sample, variants.get(v).callSize());
					best[v] = Math.min(best[v], SciFactCatalog.seconds(start));
					System.out.printf(Locale.ROOT, "[bench]   round %d, %s: %.1f s%n", round + 1,
							variants.get(v).label(), best[v]);
				}
			}
			Table table = new Table("encoder setting", "encode s (all chunks, extrapolated)", "tokens/s",
					"projected pages/s", "min cosine to the default's vectors");
			for (int v = 0; v < variants.size(); v++) {
				double seconds = best[v] / share;
				String agreement = variants.get(v).model().equals(BenchEncoder.MODEL)
						? String.format(Locale.ROOT, "%.4f", minCosine(vectors[0], vectors[v])) : "other model";
				table.row(variants.get(v).label(), Table.f1(seconds),
						String.format(Locale.ROOT, "%.0f", tokens / seconds),
						Table.f2(pages / (otherSeconds + seconds)), agreement);
			}
			return table;
		}
		finally {
			encoders.forEach(BenchEncoder::close);
		}
	}

	private static float[][] encode(BenchEncoder encoder, List<String> texts, int callSize) {
		float[][] vectors = new float[texts.size()][];
		for (int from = 0; from < texts.size(); from += callSize) {
			List<float[]> batch = encoder.passages()
				.embed(texts.subList(from, Math.min(texts.size(), from + callSize)));
			for (int i = 0; i < batch.size(); i++) {
				vectors[from + i] = batch.get(i);
			}
		}
		return vectors;
	}

	private static double minCosine(float[][] a, float[][] b) {
		double min = 1;
		for (int i = 0; i < a.length; i++) {
			double dot = 0;
			for (int d = 0; d < a[i].length; d++) {
				dot += a[i][d] * b[i][d];
			}
			min = Math.min(min, dot);
		}
		return min;
	}

	static List<String> texts(List<io.cairn.core.ingest.StoredChunk> chunks) {
		List<String> texts = new ArrayList<>(chunks.size());
		chunks.forEach((chunk) -> texts.add(chunk.text()));
		return texts;
	}

}
