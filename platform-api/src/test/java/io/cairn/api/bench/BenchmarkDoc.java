package io.cairn.api.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code docs/benchmarks.md}: each benchmark owns the text between
 * {@code <!-- bench:NAME -->} and {@code <!-- /bench:NAME -->}, which a re-run replaces.
 */
final class BenchmarkDoc {

	private static final String INTRO = """
			# Benchmarks

			Benchmarks are programs, not tests. Each one prints a markdown table and the machine it ran
			on, and replaces its own section below (between `<!-- bench:NAME -->` markers). Run one with
			`./cairn bench NAME [ARGS]`; `./cairn bench` lists them and `./cairn bench NAME --help` shows the
			options. The programs are in `platform-api/src/test/java/io/cairn/api/bench/`.

			| name | what it measures | run it |
			|---|---|---|
			| `retrieval` | BEIR SciFact (5,183 abstracts, 300 test claims): nDCG@10 and recall@100 of BM25, dense (bge-small-en-v1.5), hybrid fusion (RRF, weighted) and MMR in both storage modes; HNSW recall@10 against exact search; latency of the full hybrid search | `./cairn bench retrieval [--jdbc URL]` (server mode needs a PostgreSQL with pgvector: `db/scripts/start-postgres.sh` prints its URL) |
			| `ingest` | end-to-end ingest of a generated 300-page text PDF through the product pipeline (upload, parse, chunk, encode, store, index): pages/s and the time of each stage | `./cairn bench ingest [--jdbc URL]` |

			The numbers are from single runs on a shared 2-core machine (other builds may have run at the
			same time; the load average at the start of each run is given), so treat differences of a
			few percent in timings as noise. Quality numbers (nDCG, recall) are deterministic for a given
			encoder and index.

			""";

	private BenchmarkDoc() {
	}

	/** Replaces (or appends) the section of {@code name} with {@code body}. */
	static Path update(String name, String body) {
		Path file = BenchPaths.root().resolve("docs").resolve("benchmarks.md");
		String start = "<!-- bench:" + name + " -->";
		String end = "<!-- /bench:" + name + " -->";
		String section = start + "\n" + body.strip() + "\n" + end;
		try {
			Files.createDirectories(file.getParent());
			String text = Files.exists(file) ? Files.readString(file) : INTRO;
			int from = text.indexOf(start);
			int to = text.indexOf(end);
			if (from >= 0 && to > from) {
				text = text.substring(0, from) + section + text.substring(to + end.length());
			}
			else {
				text = text.stripTrailing() + "\n\n" + section + "\n";
			}
			Files.writeString(file, text);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not update " + file, ex);
		}
	}

}
