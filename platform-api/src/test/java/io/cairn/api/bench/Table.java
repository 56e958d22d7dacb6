package io.cairn.api.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A markdown table. */
final class Table {

	private final List<String> header;

	private final List<List<String>> rows = new ArrayList<>();

	Table(String... header) {
		this.header = List.of(header);
	}

	Table row(Object... cells) {
		List<String> row = new ArrayList<>(cells.length);
		for (Object cell : cells) {
			row.add(format(cell));
		}
		this.rows.add(row);
		return this;
	}

	static String format(Object cell) {
		if (cell instanceof Double value) {
			return String.format(Locale.ROOT, "%.4f", value);
		}
		if (cell instanceof Float value) {
			return String.format(Locale.ROOT, "%.4f", value);
		}
		return String.valueOf(cell);
	}

	static String f1(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	static String f2(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}

	@Override
	public String toString() {
		StringBuilder out = new StringBuilder();
		out.append("| ").append(String.join(" | ", this.header)).append(" |\n");
		out.append("|").append("---|".repeat(this.header.size())).append("\n");
		for (List<String> row : this.rows) {
			out.append("| ").append(String.join(" | ", row)).append(" |\n");
		}
		return out.toString();
	}

}
