package io.cairn.inference.moe.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Replaces a benchmark's section of {@code docs/benchmarks.md} (found above the working
 * directory).
 */
final class BenchDoc {

	private BenchDoc() {
	}

	static Path update(String name, String body) throws IOException {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null && !Files.exists(dir.resolve("docs/benchmarks.md"))) {
			dir = dir.getParent();
		}
		if (dir == null) {
			throw new IOException("No docs/benchmarks.md above " + Path.of("").toAbsolutePath());
		}
		Path file = dir.resolve("docs/benchmarks.md");
		String open = "<!-- bench:" + name + " -->";
		String close = "<!-- /bench:" + name + " -->";
		String text = Files.readString(file);
		String section = open + "\n" + body.strip() + "\n" + close;
		int from = text.indexOf(open);
		int to = text.indexOf(close);
		text = (from >= 0 && to > from) ? text.substring(0, from) + section + text.substring(to + close.length())
				: text.stripTrailing() + "\n\n" + section + "\n";
		Files.writeString(file, text);
		return file;
	}

}
