package io.cairn.encoders.bench;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import io.cairn.core.media.PaperScan;
import io.cairn.core.media.RecognizedLine;
import io.cairn.core.media.TextRecognizer;
import io.cairn.encoders.ocr.OcrOptions;
import io.cairn.encoders.ocr.PpOcrEngine;
import io.cairn.encoders.ocr.RenderedText;
import io.cairn.encoders.ocr.Tess4jRecognizer;
import io.cairn.encoders.ocr.TesseractRecognizer;
import io.cairn.encoders.onnx.OnnxSettings;
import org.jspecify.annotations.Nullable;

/**
 * Accuracy and speed of {@link PpOcrEngine} on generated pages (A4 at 150 dpi, 1240 x
 * 1754 pixels) of English and Chinese text at two font sizes: character error rate (edit
 * distance over reference characters, whitespace ignored, lines in reading order) and
 * pages per second. Prints a markdown table and the machine.
 * <p>
 * {@code ./cairn bench ocr [--pages=3] [--threads=2] [--det-max-side=960] [--seed=7]
 * [--tesseract=false] [--out=docs/benchmarks.md]}
 */
public final class OcrBench {

	private static final Path TESSERACT = Path.of("/usr/bin/tesseract");

	private static final Path TESSDATA = Path.of("/usr/share/tesseract-ocr/5/tessdata");

	private static final int WIDTH = 1240;

	private static final int LABELS = 20;

	private static final int HEIGHT = 1754;

	private static final String[] WORDS = ("the patient was treated with antibiotics for seven days and recovered "
			+ "revenue grew by twelve percent in the fourth quarter while costs fell customer support tickets are "
			+ "answered within two hours invoice number 4711 is due on March 3 total amount 1,250.00 EUR the pump "
			+ "station impeller was replaced in June please contact our service desk for a refund request")
		.split(" ");

	private static final String[] CHINESE = { "患者接受了七天的抗生素治疗后康复出院", "第四季度营业收入同比增长百分之十二", "客户服务工单将在两小时内得到答复",
			"本合同自双方签字之日起生效", "请在三十天内支付发票上的全部金额", "泵站的叶轮已于六月份完成更换", "检索增强生成系统能够引用原始文档", "董事会审议通过了年度利润分配方案",
			"公司计划明年在上海开设新的研发中心", "医生建议患者每天服用两次药物并定期复查" };

	private OcrBench() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = TextEncoderBench.parse(args);
		int pages = Integer.parseInt(options.getOrDefault("pages", "3"));
		int threads = Integer
			.parseInt(options.getOrDefault("threads", Integer.toString(Runtime.getRuntime().availableProcessors())));
		int detMaxSide = Integer.parseInt(options.getOrDefault("det-max-side", "960"));
		long seed = Long.parseLong(options.getOrDefault("seed", "7"));
		double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		OcrOptions ocrOptions = OcrOptions.defaults().withOnnx(OnnxSettings.cpu(threads)).withDetMaxSide(detMaxSide);
		StringBuilder report = new StringBuilder();
		report.append(
				String.format(Locale.ROOT, "| engine | text | font | pages | characters | CER | pages/s | s/page |%n"
						+ "|---|---|---|---|---|---|---|---|%n"));
		try (PpOcrEngine engine = PpOcrEngine.fromClasspath(ocrOptions)) {
			// warm-up: first runs allocate and optimise
			engine.recognize(page(false, 24, new Random(seed)).image());
			report.append(labels(engine, LABELS, new Random(seed)));
			if (!"false".equals(options.get("ppocr"))) {
				ppocrPages(engine, pages, seed, report);
			}
		}
		if (Files.isExecutable(TESSERACT) && !"false".equals(options.get("tesseract"))) {
			// The same clean 20-px pages through Tesseract, as a command and in the JVM.
			try (Tess4jRecognizer tess4j = new Tess4jRecognizer(TESSDATA, "eng+chi_sim", 0.5f)) {
				TextRecognizer command = new TesseractRecognizer(TESSERACT, "eng+chi_sim", Duration.ofMinutes(2), 0.5f);
				for (TextRecognizer engine : List.of(command, tess4j)) {
					engine.recognize(page(false, 24, new Random(seed)).image());
					report.append(labels(engine, LABELS, new Random(seed)));
					for (boolean chinese : new boolean[] { false, true }) {
						report.append(run(engine, chinese, 20, pages, new Random(seed + 20), "", null));
					}
				}
			}
		}
		report.append(String.format(Locale.ROOT,
				"%nPP-OCRv4 det/rec + v2 direction classifier, CPU, %d intra-op threads, detector max side %d; "
						+ "Tesseract (command and tess4j) with eng+chi_sim, automatic page segmentation; "
						+ "pages %d x %d px, %d per row, seed %d. Scans: the same pages degraded; office: turned by up "
						+ "to 1 degree, 3x3 box blur, shaded 12%% darker towards one corner, sensor noise sigma 10; poor: "
						+ "up to 2.5 degrees, 5x5 blur, 25%% shading, noise sigma 20 (PaperScan).%nMachine: %s, %s; load average at start %.2f.%n",
				threads, detMaxSide, WIDTH, HEIGHT, pages, seed, TextEncoderBench.machine(), Instant.now(), load));
		System.out.print(report);
		String out = options.get("out");
		if (out != null) {
			Files.writeString(Path.of(out), report, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}
	}

	/** Clean pages at two sizes, then office and poor scans of the small print. */
	private static void ppocrPages(PpOcrEngine engine, int pages, long seed, StringBuilder report) {
		for (boolean chinese : new boolean[] { false, true }) {
			for (int size : new int[] { 20, 32 }) {
				report.append(run(engine, chinese, size, pages, new Random(seed + size), "", null));
			}
		}
		for (var scanner : Map.of("office scan", PaperScan.office(), "poor scan", PaperScan.poor())
			.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.toList()) {
			for (boolean chinese : new boolean[] { false, true }) {
				report.append(
						run(engine, chinese, 20, pages, new Random(seed + 20), scanner.getKey(), scanner.getValue()));
			}
		}
	}

	/**
	 * Small images like a figure or a video frame's caption (two lines of English, 900 x
	 * 240 pixels), where starting Tesseract for each image weighs most.
	 */
	private static String labels(TextRecognizer engine, int count, Random random) {
		long errors = 0;
		long characters = 0;
		long nanos = 0;
		for (int i = 0; i < count; i++) {
			List<String> lines = new ArrayList<>();
			for (int line = 0; line < 2; line++) {
				StringBuilder text = new StringBuilder();
				while (text.length() < 28) {
					text.append(text.isEmpty() ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
				}
				lines.add(text.toString());
			}
			RenderedText label = RenderedText.page(lines, RenderedText.latin(28), 900, 240);
			long start = System.nanoTime();
			List<RecognizedLine> read = engine.recognize(label.image());
			nanos += System.nanoTime() - start;
			String reference = RenderedText.squeeze(String.join("", lines));
			errors += Math.round(RenderedText.cer(reference,
					RenderedText.squeeze(read.stream().map(RecognizedLine::text).collect(Collectors.joining())))
					* reference.length());
			characters += reference.length();
		}
		double seconds = nanos / 1e9;
		return String.format(Locale.ROOT,
				"| %s | English, 2-line label 900 x 240 | 28 px | %d | %,d | %.2f%% | %.2f | %.2f |%n", engine.name(),
				count, characters, 100.0 * errors / characters, count / seconds, seconds / count);
	}

	private static String run(TextRecognizer engine, boolean chinese, int size, int pages, Random random, String label,
			@Nullable PaperScan scanner) {
		long errors = 0;
		long characters = 0;
		long nanos = 0;
		// its own random numbers, so the degraded pages hold the same text as the clean
		// ones
		Random noise = new Random(1);
		for (int i = 0; i < pages; i++) {
			RenderedText page = page(chinese, size, random);
			BufferedImage image = (scanner != null) ? scanner.degrade(page.image(), noise) : page.image();
			long start = System.nanoTime();
			List<RecognizedLine> lines = engine.recognize(image);
			nanos += System.nanoTime() - start;
			String reference = RenderedText.squeeze(String.join("", page.lines()));
			String read = RenderedText.squeeze(lines.stream().map(RecognizedLine::text).collect(Collectors.joining()));
			errors += Math.round(RenderedText.cer(reference, read) * reference.length());
			characters += reference.length();
		}
		double seconds = nanos / 1e9;
		return String.format(Locale.ROOT, "| %s | %s%s | %d px | %d | %,d | %.2f%% | %.2f | %.2f |%n", engine.name(),
				chinese ? "Chinese" : "English", label.isEmpty() ? "" : ", " + label, size, pages, characters,
				100.0 * errors / characters, pages / seconds, seconds / pages);
	}

	/** A page filled with generated text, wrapped to the page width. */
	public static RenderedText page(boolean chinese, int size, Random random) {
		Font font = chinese ? RenderedText.cjk(size) : RenderedText.latin(size);
		FontMetrics metrics = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics().getFontMetrics(font);
		int margin = WIDTH / 20;
		int usable = WIDTH - 2 * margin;
		int lineCount = (HEIGHT - 2 * margin) / (int) (metrics.getHeight() * 1.6);
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		while (lines.size() < lineCount) {
			String next = chinese ? CHINESE[random.nextInt(CHINESE.length)] + "。" : WORDS[random.nextInt(WORDS.length)];
			String candidate = line.isEmpty() ? next : line + (chinese ? "" : " ") + next;
			if (metrics.stringWidth(candidate) > usable && !line.isEmpty()) {
				lines.add(line.toString());
				line.setLength(0);
				line.append(next);
			}
			else {
				line.setLength(0);
				line.append(candidate);
			}
		}
		return RenderedText.page(lines, font, WIDTH, HEIGHT);
	}

}
