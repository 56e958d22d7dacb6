package io.cairn.api.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The machine a benchmark ran on, as a markdown line. */
final class Machine {

	private Machine() {
	}

	static String describe() {
		return String.format(Locale.ROOT, "%d cores (%s), %s RAM, JDK %s (%s), %s, %s",
				Runtime.getRuntime().availableProcessors(), cpuModel(), memory(), Runtime.version(),
				System.getProperty("java.vendor"), System.getProperty("os.name") + " " + System.getProperty("os.arch"),
				ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")));
	}

	/** The 1-minute load average, to show how busy the shared machine was. */
	static String loadAverage() {
		List<String> lines = read("/proc/loadavg");
		return lines.isEmpty() ? "?" : lines.get(0).split(" ")[0];
	}

	private static String cpuModel() {
		return read("/proc/cpuinfo").stream()
			.filter((line) -> line.startsWith("model name"))
			.map((line) -> line.substring(line.indexOf(':') + 1).strip())
			.findFirst()
			.orElse(System.getProperty("os.arch"));
	}

	private static String memory() {
		return read("/proc/meminfo").stream()
			.filter((line) -> line.startsWith("MemTotal:"))
			.map((line) -> Long.parseLong(line.replaceAll("\\D", "")))
			.map((kib) -> String.format(Locale.ROOT, "%.1f GiB", kib / 1024.0 / 1024.0))
			.findFirst()
			.orElse("? GiB");
	}

	private static List<String> read(String file) {
		try {
			return Files.readAllLines(Path.of(file));
		}
		catch (IOException ex) {
			return List.of();
		}
	}

}
