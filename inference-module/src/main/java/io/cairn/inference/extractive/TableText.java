package io.cairn.inference.extractive;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A table as a source chunk writes it: heading or caption lines, then one line per row
 * with cells joined by {@code " | "}, header rows first. Header rows are the leading rows
 * that hold no figures other than years; a header that spans two rows ("Years Ended
 * September 30," over "2019 | 2018 | 2017") is combined per column, a header cell
 * covering the empty cells to its right.
 *
 * @param context the lines before the rows (heading path, caption)
 * @param columnHeaders the combined header of each column ("Years Ended September 30,
 * 2019"), empty where there is none
 * @param rows the body rows
 * @param scale the scale stated in the context or header ("million", "thousand",
 * "percent"), if any
 */
record TableText(String context, List<String> columnHeaders, List<Row> rows, @Nullable String scale) {

	private static final String CELL_SEPARATOR = " | ";

	private static final int MAX_HEADER_ROWS = 3;

	/**
	 * A cell that is a figure: an amount, count or percentage ("$1,496.5", "(3.2)",
	 * "12%", "-"), but not a year.
	 */
	private static final Pattern VALUE = Pattern
		.compile("[\\s$€£¥(−–-]*(?:US\\$|RMB)?\\s*\\d[\\d,]*(?:\\.\\d+)?\\s*\\)?\\s*%?\\s*[)]?");

	private static final Pattern YEAR = Pattern.compile("\\s*(?:FY\\s?)?(?:19|20)\\d{2}\\s*");

	/** Whether a line of source text is a table row. */
	static boolean isRow(String line) {
		return line.contains(CELL_SEPARATOR) || line.strip().startsWith("| ") || line.strip().endsWith(" |");
	}

	/**
	 * Reads a block of source text as a table, or returns {@code null} when it has no
	 * body row.
	 */
	static @Nullable TableText parse(List<String> lines) {
		List<String> context = new ArrayList<>();
		List<Row> all = new ArrayList<>();
		for (String line : lines) {
			if (isRow(line)) {
				all.add(new Row(line.strip(), cells(line)));
			}
			else if (all.isEmpty()) {
				context.add(line.strip());
			}
		}
		int headerCount = 0;
		while (headerCount < Math.min(MAX_HEADER_ROWS, all.size() - 1)
				&& isHeader(all.get(headerCount).cells(), headerCount)) {
			headerCount++;
		}
		if (all.size() <= headerCount) {
			return null;
		}
		List<String> columns = combineHeaders(all.subList(0, headerCount).stream().map(Row::cells).toList());
		String contextText = String.join("\n", context);
		String scale = Quantities.scaleOf(contextText + "\n" + String.join(" ", columns));
		return new TableText(contextText, columns, List.copyOf(all.subList(headerCount, all.size())), scale);
	}

	/** The header of column {@code index}, empty when it has none. */
	String header(int index) {
		return (index < this.columnHeaders.size()) ? this.columnHeaders.get(index) : "";
	}

	/** The cells of a row line; an empty label cell is kept as "". */
	static List<String> cells(String line) {
		List<String> cells = new ArrayList<>();
		for (String cell : line.split("\\|", -1)) {
			cells.add(cell.strip());
		}
		// A stripped line loses only empty trailing cells; the leading one stays.
		if (cells.size() > 1 && cells.getLast().isEmpty() && line.endsWith("|")) {
			cells.removeLast();
		}
		return cells;
	}

	/**
	 * The combined header text of every column: the header cells above it, each header
	 * cell also covering the empty cells to its right (a merged cell).
	 */
	static List<String> combineHeaders(List<List<String>> headerRows) {
		int width = headerRows.stream().mapToInt(List::size).max().orElse(0);
		List<StringBuilder> columns = new ArrayList<>();
		for (int i = 0; i < width; i++) {
			columns.add(new StringBuilder());
		}
		for (List<String> row : headerRows) {
			String spanning = "";
			for (int column = 0; column < width; column++) {
				String cell = (column < row.size()) ? row.get(column) : "";
				if (!cell.isEmpty()) {
					spanning = (column == 0) ? "" : cell;
				}
				String text = cell.isEmpty() ? spanning : cell;
				if (!text.isEmpty()) {
					StringBuilder header = columns.get(column);
					header.append(header.isEmpty() ? "" : " ").append(text);
				}
			}
		}
		return columns.stream().map(StringBuilder::toString).toList();
	}

	/**
	 * Whether the row at {@code index} (all rows above it being header rows) is a header
	 * row: it holds no figures but years (dates and words are fine), and it is the first
	 * row, has an empty label cell, names years, or is a label over empty cells.
	 */
	private static boolean isHeader(List<String> cells, int index) {
		List<String> values = cells.subList(1, cells.size());
		boolean years = false;
		for (String cell : values) {
			if (YEAR.matcher(cell).matches()) {
				years = true;
			}
			else if (VALUE.matcher(cell).matches()) {
				return false;
			}
		}
		return index == 0 || cells.getFirst().isEmpty() || years || values.stream().allMatch(String::isEmpty);
	}

	/**
	 * One body row.
	 *
	 * @param line the row as written in the source (stripped)
	 * @param cells its cells, the label first
	 */
	record Row(String line, List<String> cells) {

		/** The row label: its first non-empty cell. */
		String label() {
			return this.cells.stream().filter((cell) -> !cell.isEmpty()).findFirst().orElse("");
		}

	}

}
