package io.cairn.inference.extractive;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Picks the cell of a table row that answers a question: the column whose combined header
 * names the question's year or shares its words ("2019", "Net change"), otherwise the
 * first filled value column (reports put the latest period first).
 */
final class TableCellPicker {

	/** A year named in the question and in the header outweighs any word overlap. */
	private static final double YEAR_MATCH = 2.0;

	private TableCellPicker() {
	}

	/** The answering cell of {@code row}, or {@code null} when the row has no value. */
	static @Nullable ExactAnswer pick(Question question, TableText table, TableText.Row row) {
		List<String> cells = row.cells();
		int best = -1;
		double bestScore = 0;
		int firstFilled = -1;
		for (int column = 1; column < cells.size(); column++) {
			if (cells.get(column).isEmpty()) {
				continue;
			}
			if (firstFilled < 0) {
				firstFilled = column;
			}
			double score = columnScore(question, table.header(column));
			if (score > bestScore) {
				best = column;
				bestScore = score;
			}
		}
		int column = (best >= 0) ? best : firstFilled;
		if (column < 0) {
			return null;
		}
		String cell = cells.get(column);
		String header = table.header(column);
		List<String> years = Quantities.years(header);
		String period = years.isEmpty() ? null : years.getFirst();
		String scale = (cell.contains("%")) ? "percent" : table.scale();
		return new ExactAnswer(cell, scale, period);
	}

	static double columnScore(Question question, String header) {
		if (header.isEmpty()) {
			return 0;
		}
		List<String> headerYears = Quantities.years(header);
		long years = question.years().stream().filter(headerYears::contains).count();
		Set<String> headerTerms = Terms.of(header);
		double words = question.terms().isEmpty() ? 0 : Terms.recall(headerTerms, question.terms());
		return YEAR_MATCH * years + words;
	}

}
