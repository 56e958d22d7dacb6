package io.cairn.core.answer.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.cairn.core.chunking.ChunkContentKind;
import io.cairn.core.chunking.SentenceSplitter;
import io.cairn.core.ingest.StoredChunk;

/**
 * Cuts chunks into passages: sentences of text chunks; rows of table chunks, which are
 * written as heading and caption lines, then one line per row with cells joined by
 * {@code " | "}, header rows first.
 */
final class Passages {

	private static final String CELL_SEPARATOR = " | ";

	private static final SentenceSplitter SENTENCES = new SentenceSplitter();

	private Passages() {
	}

	static List<Passage> of(StoredChunk chunk, int rank) {
		return (chunk.kind() == ChunkContentKind.TABLE && chunk.text().contains(CELL_SEPARATOR)) ? rows(chunk, rank)
				: sentences(chunk, rank);
	}

	static List<Passage> sentences(StoredChunk chunk, int rank) {
		List<Passage> passages = new ArrayList<>();
		String text = chunk.text();
		int from = 0;
		for (String sentence : SENTENCES.split(text)) {
			int start = text.indexOf(sentence, from);
			if (start < 0) {
				continue;
			}
			int end = start + sentence.length();
			passages.add(new Passage(chunk, rank, start, end, Words.all(sentence), Set.of(), null));
			from = end;
		}
		return passages;
	}

	static List<Passage> rows(StoredChunk chunk, int rank) {
		String text = chunk.text();
		List<int[]> lines = lines(text);
		StringBuilder preface = new StringBuilder();
		List<List<Passage.Cell>> rows = new ArrayList<>();
		for (int[] line : lines) {
			String content = text.substring(line[0], line[1]);
			if (!content.contains(CELL_SEPARATOR) && rows.isEmpty()) {
				preface.append(content).append('\n');
			}
			else if (content.contains(CELL_SEPARATOR)) {
				rows.add(cells(text, line[0], line[1]));
			}
		}
		if (rows.isEmpty()) {
			return sentences(chunk, rank);
		}
		List<Passage.Cell> first = rows.getFirst();
		boolean hasHeader = isHeader(first);
		List<String> header = hasHeader ? first.stream().map(Passage.Cell::text).toList() : List.of();
		String context = preface + " " + String.join(" ", header);
		Scale scale = Scale.stated(context);
		Set<String> contextWords = Words.all(context);
		List<Passage> passages = new ArrayList<>();
		for (List<Passage.Cell> row : hasHeader ? rows.subList(1, rows.size()) : rows) {
			passages.add(new Passage(chunk, rank, row.getFirst().start(), row.getLast().end(),
					Words.all(row.getFirst().text()), contextWords, new Passage.Row(row, header, scale)));
		}
		return passages;
	}

	/**
	 * A first row is a header unless its value cells hold amounts (years and empty cells
	 * are header-like).
	 */
	private static boolean isHeader(List<Passage.Cell> row) {
		for (Passage.Cell cell : row.subList(1, row.size())) {
			String value = cell.text().strip();
			if (!value.isEmpty() && !value.matches(".*(19|20)\\d\\d.*") && Numbers.parse(value) != null) {
				return false;
			}
		}
		return true;
	}

	private static List<Passage.Cell> cells(String text, int start, int end) {
		List<Passage.Cell> cells = new ArrayList<>();
		int cellStart = start;
		while (true) {
			int separator = text.indexOf(CELL_SEPARATOR, cellStart);
			int cellEnd = (separator < 0 || separator >= end) ? end : separator;
			int from = cellStart;
			int to = cellEnd;
			while (from < to && Character.isWhitespace(text.charAt(from))) {
				from++;
			}
			while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
				to--;
			}
			cells.add(new Passage.Cell(text.substring(from, to), from, to));
			if (cellEnd == end) {
				return cells;
			}
			cellStart = cellEnd + CELL_SEPARATOR.length();
		}
	}

	private static List<int[]> lines(String text) {
		List<int[]> lines = new ArrayList<>();
		int start = 0;
		while (start <= text.length()) {
			int newline = text.indexOf('\n', start);
			int end = (newline < 0) ? text.length() : newline;
			if (end > start) {
				lines.add(new int[] { start, end });
			}
			if (newline < 0) {
				break;
			}
			start = newline + 1;
		}
		return lines;
	}

}
