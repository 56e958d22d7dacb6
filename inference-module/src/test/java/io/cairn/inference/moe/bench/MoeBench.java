package io.cairn.inference.moe.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import io.cairn.encoders.onnx.OnnxDevice;
import io.cairn.encoders.onnx.OnnxSessionFactory;
import io.cairn.encoders.onnx.OnnxSettings;
import io.cairn.inference.moe.checkpoint.Checkpoint;
import io.cairn.inference.moe.runtime.DecoderSession;
import io.cairn.inference.moe.runtime.KvCache;
import io.cairn.inference.moe.testing.TinyCheckpoint;
import io.cairn.inference.moe.testing.TinySpec;

/**
 * Prefill and decode throughput of the MoE engine at batch 1, 8 and 32 on a generated
 * Mixtral-style checkpoint; prints a markdown section and writes it into
 * {@code docs/benchmarks.md} between the {@code bench:moe} markers. Options:
 * {@code --device cpu|cuda}, {@code --threads N}, {@code --hidden N}, {@code --layers N},
 * {@code --experts N}, {@code --expert-size N}, {@code --standard-ops},
 * {@code --no-write}.
 */
public final class MoeBench {

	private static final int PROMPT = 64;

	private static final int DECODE_STEPS = 32;

	private static final int[] BATCHES = { 1, 8, 32 };

	private MoeBench() {
	}

	public static void main(String[] args) throws Exception {
		Options options = Options.parse(args);
		String load = loadAverage();
		TinySpec spec = TinySpec.mixtral()
			.withSize(options.hidden, options.layers, 8, 2, options.experts, options.expertSize);
		Path dir = Files.createTempDirectory("cairn-moe-bench-");
		TinyCheckpoint.write(spec, dir);
		OnnxSettings onnx = new OnnxSettings(options.device, 0, options.threads, false);
		StringBuilder rows = new StringBuilder();
		String device;
		try (Checkpoint checkpoint = Checkpoint.open(dir, null);
				DecoderSession session = DecoderSession.open(checkpoint, new OnnxSessionFactory(onnx),
						PROMPT + DECODE_STEPS + 8, 0, options.fused)) {
			device = session.device().toString();
			warmUp(session);
			for (int batch : BATCHES) {
				double[] result = measure(session, batch);
				rows.append(String.format("| %d | %d | %.0f | %.1f | %.1f |%n", batch, batch * PROMPT, result[0],
						result[1], result[2]));
			}
		}
		String section = report(spec, options, device, load, rows.toString());
		System.out.println(section);
		if (options.write) {
			Path file = BenchDoc.update("moe", section);
			System.out.println("Wrote " + file);
		}
	}

	private static void warmUp(DecoderSession session) {
		KvCache cache = session.newCache();
		session.step(List.of(prompt(new Random(1))), List.of(cache));
		session.step(List.of(new int[] { 7 }), List.of(cache));
	}

	/** Best of three: prefill tokens/s, decode tokens/s and decode ms per step. */
	private static double[] measure(DecoderSession session, int batch) {
		double bestPrefill = 0;
		double bestDecode = 0;
		double bestStep = Double.MAX_VALUE;
		Random random = new Random(batch);
		for (int run = 0; run < 3; run++) {
			List<int[]> prompts = new ArrayList<>();
			List<KvCache> caches = new ArrayList<>();
			for (int b = 0; b < batch; b++) {
				prompts.add(prompt(random));
				caches.add(session.newCache());
			}
			long start = System.nanoTime();
			session.step(prompts, caches);
			double prefillSeconds = (System.nanoTime() - start) / 1e9;
			List<int[]> next = prompts.stream().map((p) -> new int[] { p[0] }).toList();
			start = System.nanoTime();
			for (int s = 0; s < DECODE_STEPS; s++) {
				session.step(next, caches);
			}
			double decodeSeconds = (System.nanoTime() - start) / 1e9;
			bestPrefill = Math.max(bestPrefill, batch * PROMPT / prefillSeconds);
			bestDecode = Math.max(bestDecode, batch * DECODE_STEPS / decodeSeconds);
			bestStep = Math.min(bestStep, decodeSeconds * 1000 / DECODE_STEPS);
		}
		return new double[] { bestPrefill, bestDecode, bestStep };
	}

	private static int[] prompt(Random random) {
		int[] tokens = new int[PROMPT];
		Arrays.setAll(tokens, (i) -> random.nextInt(TinySpec.VOCAB));
		return tokens;
	}

	private static String report(TinySpec s, Options o, String device, String load, String rows) {
		long attention = (long) s.hidden() * s.heads() * s.headDim() * 2
				+ (long) s.hidden() * s.kvHeads() * s.headDim() * 2;
		long expert = 3L * s.hidden() * s.expertIntermediate();
		long total = s.layers() * (attention + s.experts() * expert + (long) s.experts() * s.hidden())
				+ 2L * TinySpec.VOCAB * s.hidden();
		long active = s.layers() * (attention + s.topK() * expert + (long) s.experts() * s.hidden())
				+ 2L * TinySpec.VOCAB * s.hidden();
		StringBuilder out = new StringBuilder();
		out.append("## MoE generator engine (`./cairn bench moe`)\n\n");
		out.append("Machine: ").append(machine()).append("; load average at start ").append(load).append(".\n\n");
		out.append(String
			.format("Model: generated Mixtral-style checkpoint (fp32), hidden %d, %d layers, %d query / %d key-value heads of %d, "
					+ "%d experts of width %d with top-%d routing, vocabulary %d: %.1f M parameters, %.1f M active per token. "
					+ "ONNX Runtime %s on the %s with %d intra-op thread(s), %s. Each batch row is a %d-token prompt; "
					+ "prefill is one step over the whole batch, decode is %d steps of one token per sequence with the "
					+ "KV cache; best of three runs. Active weights per token: %.0f MB in fp32 (the numerator of a "
					+ "memory-bandwidth roofline).%n%n", s.hidden(), s.layers(), s.heads(), s.kvHeads(), s.headDim(),
					s.experts(), s.expertIntermediate(), s.topK(), TinySpec.VOCAB, total / 1e6, active / 1e6,
					ortVersion(), device, o.threads,
					o.fused ? "fused RMSNorm and rotary operators (the engine's default)" : "standard operators only",
					PROMPT, DECODE_STEPS, active * 4 / 1e6));
		out.append("| batch | prefill tokens | prefill tokens/s | decode tokens/s | decode ms/step |\n");
		out.append("|---|---|---|---|---|\n");
		out.append(rows);
		out.append("\n**No GPU was measured**: this machine has none. The CUDA path (`device=cuda`, "
				+ "`onnxruntime_gpu`) is built but unverified here; on a GPU the figures to report are decode "
				+ "tokens/s at batch 1 against the memory-bandwidth roofline (bytes of active weights per token "
				+ "divided into the card's measured bandwidth) and against the seeds' 380 tokens/s single-card "
				+ "figure, with a generated model of about 1B active parameters "
				+ "(`--hidden 2048 --layers 16 --experts 8 --expert-size 5632 --device cuda`). "
				+ "While a batch is unchanged its KV cache stays in ONNX Runtime's outputs between steps; "
				+ "ONNX Runtime's Java API has no I/O binding, so on CUDA it would still cross to the device "
				+ "every step.\n");
		return out.toString();
	}

	private static String ortVersion() {
		return io.cairn.encoders.onnx.OnnxEnvironment.get().getVersion();
	}

	private static String machine() {
		String cpu = "unknown CPU";
		try {
			cpu = Files.readAllLines(Path.of("/proc/cpuinfo"))
				.stream()
				.filter((l) -> l.startsWith("model name"))
				.map((l) -> l.substring(l.indexOf(':') + 1).strip())
				.findFirst()
				.orElse(cpu);
		}
		catch (IOException ex) {
			// keep the placeholder
		}
		return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), JDK " + Runtime.version() + ", "
				+ System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", "
				+ ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) + " UTC";
	}

	private static String loadAverage() {
		return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}

	/** Command-line options. */
	private static final class Options {

		OnnxDevice device = OnnxDevice.CPU;

		int threads = Runtime.getRuntime().availableProcessors();

		int hidden = 512;

		int layers = 4;

		int experts = 8;

		int expertSize = 1024;

		boolean write = true;

		boolean fused = true;

		static Options parse(String[] args) {
			Options o = new Options();
			for (int i = 0; i < args.length; i++) {
				switch (args[i]) {
					case "--device" -> o.device = OnnxDevice.parse(args[++i]);
					case "--threads" -> o.threads = Integer.parseInt(args[++i]);
					case "--hidden" -> o.hidden = Integer.parseInt(args[++i]);
					case "--layers" -> o.layers = Integer.parseInt(args[++i]);
					case "--experts" -> o.experts = Integer.parseInt(args[++i]);
					case "--expert-size" -> o.expertSize = Integer.parseInt(args[++i]);
					case "--no-write" -> o.write = false;
					case "--standard-ops" -> o.fused = false;
					default -> {
						System.out.println("usage: ./cairn bench moe [--device cpu|cuda] [--threads N] [--hidden N] "
								+ "[--layers N] [--experts N] [--expert-size N] [--standard-ops] [--no-write]");
						System.exit(args[i].equals("--help") ? 0 : 2);
					}
				}
			}
			return o;
		}

	}

}
