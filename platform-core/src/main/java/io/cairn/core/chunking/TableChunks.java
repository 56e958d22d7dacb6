package io.cairn.core.chunking;

import java.util.ArrayList;
import java.util.List;

import io.cairn.core.ingest.parse.Table;

/**
 * Turns a table into chunks of its own. A table that fits in one chunk stays whole; a
 * larger one is split between rows into parts of about the profile's table target, each
 * part starting with the heading path, the caption and the header rows again, so that
 * every part can be read alone. Only a single row too long for any chunk is cut inside
 * the row.
 */
final class TableChunks {

	private final TokenCounter counter;

	private final TokenBoundedSplitter splitter;

	TableChunks(TokenCounter counter) {
		this.counter = counter;
		this.splitter = new TokenBoundedSplitter(counter);
	}

	void chunk(SectionPiece piece, Table table, Section section, ChunkPrefix prefix, ChunkingProfile profile,
			Drafts out) {
		int max = this.counter.maxTokens();
		String titled = prefix.text() + ((table.caption() != null) ? table.caption() + "\n" : "");
		List<String> header = table.headerRows().stream().map(Table::rowText).toList();
		List<String> rows = table.bodyRows().stream().map(Table::rowText).toList();
		String whole = titled + join(header, rows);
		if (this.counter.count(whole) <= max || rows.isEmpty()) {
			emitFitted(whole, piece, section, out);
			return;
		}
		int target = Math.min(profile.tableTargetTokens(), max);
		String head = titled + join(header, List.of());
		if (this.counter.count(head + "\n" + rows.getFirst()) > max) {
			// Header rows so large that no row fits under them: repeat only the caption.
			head = titled;
		}
		// Rows are counted one by one and each part once as a whole, not every candidate
		// part.
		int headTokens = this.counter.count(head);
		int[] rowTokens = rows.stream().mapToInt((row) -> this.counter.count(row) + 1).toArray();
		int start = 0;
		while (start < rows.size()) {
			int end = start + 1;
			int tokens = headTokens + rowTokens[start];
			while (end < rows.size() && tokens + rowTokens[end] <= target) {
				tokens += rowTokens[end];
				end++;
			}
			while (end > start + 1 && this.counter.count(part(head, rows.subList(start, end))) > max) {
				end--;
			}
			emitFitted(part(head, rows.subList(start, end)), piece, section, out);
			start = end;
		}
	}

	/**
	 * Emits the text as one chunk, or cut into pieces when a single row is over the
	 * maximum.
	 */
	private void emitFitted(String text, SectionPiece piece, Section section, Drafts out) {
		int tokens = this.counter.count(text);
		if (tokens <= this.counter.maxTokens()) {
			out.add(text, tokens, piece.page(), piece.page(), section.headingPath(), piece.ordinal(), piece.ordinal(),
					ChunkContentKind.TABLE);
			return;
		}
		for (String part : this.splitter.split(text, this.counter.maxTokens())) {
			out.add(part, this.counter.count(part), piece.page(), piece.page(), section.headingPath(), piece.ordinal(),
					piece.ordinal(), ChunkContentKind.TABLE);
		}
	}

	private static String part(String head, List<String> rows) {
		return head.isEmpty() || head.endsWith("\n") ? head + String.join("\n", rows)
				: head + "\n" + String.join("\n", rows);
	}

	private static String join(List<String> header, List<String> rows) {
		List<String> lines = new ArrayList<>(header);
		lines.addAll(rows);
		return String.join("\n", lines);
	}

}
