package io.cairn.encoders.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import io.cairn.encoders.onnx.OnnxEnvironment;
import io.cairn.encoders.onnx.OnnxSessionFactory;
import io.cairn.encoders.onnx.OnnxSettings;
import io.cairn.encoders.text.BatchExecution;
import io.cairn.encoders.text.OnnxTextEncoder;
import io.cairn.encoders.text.TextEncoderModel;
import io.cairn.encoders.text.TextEncoderOptions;

/**
 * Throughput of {@link OnnxTextEncoder} against a bare ONNX Runtime + DJL tokenizer loop
 * on the same model, inputs and thread settings; prints a markdown table and the machine.
 * <p>
 * Run from the repository root (after
 * {@code ./mvnw -pl multimodal-encoders test-compile}):
 *
 * <pre>
 * ./mvnw -q -pl multimodal-encoders dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.cp
 * java --enable-native-access=ALL-UNNAMED \
 *   -cp multimodal-encoders/target/test-classes:multimodal-encoders/target/classes:$(cat multimodal-encoders/target/bench.cp) \
 *   io.cairn.encoders.bench.TextEncoderBench [--model=bge-small-en-v1.5] [--threads=N] [--batch=32] \
 *   [--passages=2000] [--corpus=/work/shared/datasets/scifact/corpus.jsonl] [--rounds=3] \
 *   [--execution=AUTO|PADDED|PER_SEQUENCE] [--controls=true] [--out=docs/benchmarks.md]
 * </pre>
 */
public final class TextEncoderBench {

	private static final long SEED = 42L;

	private TextEncoderBench() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = parse(args);
		TextEncoderModel model = TextEncoderModel.resolve(options.getOrDefault("model", "bge-small-en-v1.5"));
		int threads = Integer
			.parseInt(options.getOrDefault("threads", Integer.toString(Runtime.getRuntime().availableProcessors())));
		int batch = Integer.parseInt(options.getOrDefault("batch", "32"));
		int count = Integer.parseInt(options.getOrDefault("passages", "2000"));
		int rounds = Integer.parseInt(options.getOrDefault("rounds", "3"));
		boolean controls = Boolean.parseBoolean(options.getOrDefault("controls", "true"));
		BatchExecution execution = BatchExecution.valueOf(options.getOrDefault("execution", "AUTO"));
		String corpus = options.get("corpus");
		List<String> passages = (corpus != null) ? BenchPassages.corpus(Path.of(corpus), count)
				: BenchPassages.generated(count, SEED);
		String inputs = (corpus != null) ? passages.size() + " documents of " + corpus
				: passages.size() + " generated English passages (seed " + SEED + ")";

		TextEncoderOptions encoderOptions = new TextEncoderOptions(batch, 1, execution);
		try (BareLoop bare = new BareLoop(model, threads, batch);
				OnnxTextEncoder encoder = OnnxTextEncoder.load(model, new OnnxSessionFactory(OnnxSettings.cpu(threads)),
						encoderOptions)) {
			long tokens = bare.tokens(passages);
			System.out.printf(Locale.ROOT, "%s: %,d tokens, %s%n", inputs, tokens, encoder);
			List<String> warmUp = passages.subList(0, Math.min(passages.size(), 4 * batch));
			bare.padded(warmUp);
			encoder.embed(warmUp);

			List<Double> bareRates = new ArrayList<>();
			List<Double> encoderRates = new ArrayList<>();
			for (int round = 0; round < rounds; round++) {
				// alternate which goes first, so that neither always runs on a warmer
				// machine
				boolean bareFirst = round % 2 == 0;
				for (int turn = 0; turn < 2; turn++) {
					if (bareFirst == (turn == 0)) {
						bareRates.add(rate(tokens, () -> bare.padded(passages)));
					}
					else {
						encoderRates.add(rate(tokens, () -> encoder.embed(passages)));
					}
				}
				System.out.printf(Locale.ROOT, "round %d: bare %,.0f tokens/s, encoder %,.0f tokens/s%n", round + 1,
						bareRates.getLast(), encoderRates.getLast());
			}
			double bareMedian = median(bareRates);
			double encoderMedian = median(encoderRates);

			StringBuilder report = new StringBuilder();
			report.append(String.format(Locale.ROOT, "%nMachine: %s%n", machine()));
			report.append(String.format(Locale.ROOT,
					"Inputs: %s, %,d tokens (truncated to %d per text); warm-up, then %d alternating rounds; median.%n%n",
					inputs, tokens, model.maxSequenceLength(), rounds));
			report.append("| model | threads | batch | tokens/s bare | tokens/s encoder | ratio |\n");
			report.append("|---|---|---|---|---|---|\n");
			report.append(String.format(Locale.ROOT, "| %s | %d | %d | %,.0f | %,.0f | %.2f |%n", model.name(), threads,
					batch, bareMedian, encoderMedian, encoderMedian / bareMedian));
			if (controls) {
				report.append(controls(bare, encoder, passages, tokens, batch));
			}
			System.out.print(report);
			String out = options.get("out");
			if (out != null) {
				Files.writeString(Path.of(out), report, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
			}
		}
	}

	private static String controls(BareLoop bare, OnnxTextEncoder encoder, List<String> passages, long tokens,
			int batch) throws Exception {
		double sorted = rate(tokens, () -> bare.sortedPadded(passages));
		double single = rate(tokens, () -> bare.perSequence(passages));
		List<float[]> fromEncoder = encoder.embed(passages);
		List<float[]> fromBare = encoder.runsPerSequence() ? bare.perSequence(passages) : bare.sortedPadded(passages);
		double maxDiff = 0;
		for (int i = 0; i < passages.size(); i++) {
			for (int h = 0; h < fromEncoder.get(i).length; h++) {
				maxDiff = Math.max(maxDiff, Math.abs(fromEncoder.get(i)[h] - fromBare.get(i)[h]));
			}
		}
		return String.format(Locale.ROOT, """

				Controls (one run each): bare loop with length-sorted padded batches of %d: %,.0f tokens/s; \
				bare loop with one sequence per run: %,.0f tokens/s. Encoder runs %s; max |encoder - matching bare \
				loop| = %.1e.
				""", batch, sorted, single, encoder.runsPerSequence() ? "one sequence per run" : "padded batches",
				maxDiff);
	}

	private static double rate(long tokens, ThrowingRunnable work) throws Exception {
		long start = System.nanoTime();
		work.run();
		return tokens / ((System.nanoTime() - start) / 1e9);
	}

	private static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

	static String machine() {
		String cpu = "unknown CPU";
		try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
			cpu = lines.filter((line) -> line.startsWith("model name"))
				.map((line) -> line.substring(line.indexOf(':') + 1).strip())
				.findFirst()
				.orElse(cpu);
		}
		catch (IOException | RuntimeException ex) {
			// not Linux: keep the placeholder
		}
		return String.format(Locale.ROOT, "%d cores, %s, JDK %s (%s), %s %s, ONNX Runtime %s",
				Runtime.getRuntime().availableProcessors(), cpu, System.getProperty("java.version"),
				System.getProperty("java.vm.vendor"), System.getProperty("os.name"), System.getProperty("os.version"),
				OnnxEnvironment.get().getVersion());
	}

	static Map<String, String> parse(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (String arg : args) {
			if (!arg.startsWith("--") || !arg.contains("=")) {
				throw new IllegalArgumentException("Expected --name=value, got " + arg);
			}
			options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
		}
		return options;
	}

	@FunctionalInterface
	private interface ThrowingRunnable {

		void run() throws Exception;

	}

}
