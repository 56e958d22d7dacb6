package io.cairn.api.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A TAT-QA context as the Markdown document the benchmark ingests: one-cell title rows
 * above the table as a line of text, the table as a pipe table whose header is the first
 * row (merged column by column with the label rows below it, such as years under a
 * "Fiscal" row), then the paragraphs in order.
 */
final class TatQaDocuments {

	/** A header continuation row holds only words and years, no amounts. */
	private static final Pattern AMOUNT = Pattern.compile("\\d[\\d,.]*");

	private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");

	private static final int MAX_HEADER_ROWS = 4;

	private TatQaDocuments() {
	}

	static String fileName(TatQa.Context context) {
		return "tatqa-" + context.uid().substring(0, 8) + ".md";
	}

	static String markdown(TatQa.Context context) {
		List<List<String>> rows = context.table().stream().map(TatQaDocuments::clean).toList();
		int columns = rows.stream().mapToInt(List::size).max().orElse(0);
		List<String> titles = new ArrayList<>();
		List<String> header = null;
		int body = 0;
		while (body < rows.size() && body < MAX_HEADER_ROWS) {
			List<String> row = rows.get(body);
			long filled = row.stream().filter((cell) -> !cell.isEmpty()).count();
			if (filled <= 1 && columns >= 3 && body + 1 < rows.size()) {
				if (filled == 1) {
					titles.add(row.stream().filter((cell) -> !cell.isEmpty()).findFirst().orElseThrow());
				}
				body++;
			}
			else if (header == null) {
				header = padded(row, columns);
				body++;
			}
			else if (row.getFirst().isEmpty() && isLabelRow(row) && body + 1 < rows.size()) {
				header = merged(header, padded(row, columns));
				body++;
			}
			else {
				break;
			}
		}
		StringBuilder out = new StringBuilder();
		for (String title : titles) {
			out.append(title).append("\n\n");
		}
		if (header != null) {
			out.append(line(header)).append('\n');
			out.append("|").append(" --- |".repeat(columns)).append('\n');
			for (List<String> row : rows.subList(body, rows.size())) {
				out.append(line(padded(row, columns))).append('\n');
			}
			out.append('\n');
		}
		for (TatQa.Paragraph paragraph : context.paragraphs()) {
			out.append(paragraph.text().strip()).append("\n\n");
		}
		return out.toString();
	}

	/** Body rows (below the header), cells cleaned, for evidence matching. */
	static List<List<String>> bodyRows(TatQa.Context context) {
		return context.table()
			.stream()
			.map(TatQaDocuments::clean)
			.filter((row) -> row.stream().filter((cell) -> !cell.isEmpty()).count() >= 2)
			.filter((row) -> !row.getFirst().isEmpty())
			.toList();
	}

	private static boolean isLabelRow(List<String> row) {
		return row.stream()
			.filter((cell) -> !cell.isEmpty())
			.allMatch((cell) -> YEAR.matcher(cell).find() || !AMOUNT.matcher(cell).find());
	}

	private static List<String> merged(List<String> header, List<String> row) {
		List<String> merged = new ArrayList<>(header.size());
		for (int i = 0; i < header.size(); i++) {
			merged.add((header.get(i) + " " + row.get(i)).strip());
		}
		return merged;
	}

	private static List<String> padded(List<String> row, int columns) {
		List<String> padded = new ArrayList<>(row);
		while (padded.size() < columns) {
			padded.add("");
		}
		return padded;
	}

	private static String line(List<String> cells) {
		return "| " + String.join(" | ", cells.stream().map((cell) -> cell.replace("|", "\\|")).toList()) + " |";
	}

	private static List<String> clean(List<String> row) {
		return row.stream().map((cell) -> cell.replaceAll("\\s+", " ").strip()).toList();
	}

}
