package io.cairn.core.ingest.parse;

import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * A table kept whole: rows of cell texts, the first {@code headerRowCount} of which are
 * header rows that the chunker repeats when a table has to be split.
 *
 * @param caption the table's caption, if the document has one
 * @param rows the rows in reading order, each a list of cell texts (cells may be empty)
 * @param headerRowCount how many leading rows are header rows
 */
public record Table(@Nullable String caption, List<List<String>> rows, int headerRowCount) {

	public Table {
		rows = rows.stream().map(List::copyOf).toList();
		if (headerRowCount < 0 || headerRowCount > rows.size()) {
			throw new IllegalArgumentException(
					"headerRowCount " + headerRowCount + " is outside 0.." + rows.size() + " rows");
		}
	}

	public List<List<String>> headerRows() {
		return this.rows.subList(0, this.headerRowCount);
	}

	public List<List<String>> bodyRows() {
		return this.rows.subList(this.headerRowCount, this.rows.size());
	}

	/**
	 * The caption (when present) on the first line, then one {@code a | b | c} line per
	 * row.
	 */
	public String toText() {
		String body = this.rows.stream().map(Table::rowText).collect(Collectors.joining("\n"));
		return (this.caption != null) ? this.caption + "\n" + body : body;
	}

	/**
	 * One row as {@code a | b | c}; line breaks inside cells become spaces so a row stays
	 * one line.
	 */
	public static String rowText(List<String> row) {
		return row.stream().map((cell) -> cell.replaceAll("\\s+", " ").strip()).collect(Collectors.joining(" | "));
	}

}
