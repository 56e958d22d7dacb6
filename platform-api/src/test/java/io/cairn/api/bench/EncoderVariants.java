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
	 * The throughput of each variant on {@code texts}.
	 * @param reference vectors of the product default, for the agreement column (same
	 * model only)
	 * @param otherSeconds the ingest's time outside encoding, for the projected rate
	 */
	static Table measure(List<String> texts, int tokens, int pages, double otherSeconds) {
		Table table = new Table("encoder setting", "encode s", "tokens/s", "projected pages/s",
				"min cosine to the default's vectors");
		float[][] reference = null;
		for (Variant variant : defaults()) {
			try (BenchEncoder encoder = BenchEncoder.create(variant.model(), variant.threads(), variant.concurrency(),
					variant.execution())) {
				encoder.passages().embed(texts.subList(0, Math.min(32, texts.size())));
				long start = System.nanoTime();
				float[][] vectors = new float[texts.size()][];
				for (int from = 0; from < texts.size(); from += variant.callSize()) {
					List<float[]> batch = encoder.passages()
						.embed(texts.subList(from, Math.min(texts.size(), from + variant.callSize())));
					for (int i = 0; i < batch.size(); i++) {
						vectors[from + i] = batch.get(i);
					}
				}
				double seconds = SciFactCatalog.seconds(start);
				if (reference == null) {
					reference = vectors;
				}
				String agreement = variant.model().equals(BenchEncoder.MODEL)
						? String.format(Locale.ROOT, "%.4f", minCosine(reference, vectors)) : "other model";
				table.row(variant.label(), Table.f1(seconds), String.format(Locale.ROOT, "%.0f", tokens / seconds),
						Table.f2(pages / (otherSeconds + seconds)), agreement);
				System.out.printf(Locale.ROOT, "[bench]   %s: %.1f s%n", variant.label(), seconds);
			}
		}
		return table;
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
