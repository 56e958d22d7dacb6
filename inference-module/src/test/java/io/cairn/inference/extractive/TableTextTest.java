package io.cairn.inference.extractive;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TableTextTest {

	private static final List<String> SALES = List.of("Item 7 > Results of Operations", "Net sales (in millions)",
			" | Years Ended September 30, |  | ", " | 2019 | 2018 | 2017", "Products | $1,163.1 | $917.6 | $847.5",
			"Total sales | $1,496.5 | $1,202.9 | $1,107.7", "Change in sales | 24.4% | 8.5% | 3.0%");

	@Test
	void combinesAHeaderThatSpansTwoRowsPerColumn() {
		TableText table = TableText.parse(SALES);
		assertThat(table).isNotNull();
		assertThat(table.columnHeaders()).containsExactly("", "Years Ended September 30, 2019",
				"Years Ended September 30, 2018", "Years Ended September 30, 2017");
		assertThat(table.rows()).extracting(TableText.Row::label)
			.containsExactly("Products", "Total sales", "Change in sales");
		assertThat(table.context()).isEqualTo("Item 7 > Results of Operations\nNet sales (in millions)");
		assertThat(table.scale()).isEqualTo("million");
	}

	@Test
	void keepsTheRowLineVerbatim() {
		TableText table = TableText.parse(SALES);
		assertThat(table.rows().get(1).line()).isEqualTo("Total sales | $1,496.5 | $1,202.9 | $1,107.7");
		assertThat(table.rows().get(1).cells()).containsExactly("Total sales", "$1,496.5", "$1,202.9", "$1,107.7");
	}

	@Test
	void readsAFirstRowWithFiguresAsABodyRow() {
		TableText table = TableText.parse(List.of("Revenue | 1,200 | 1,100", "Costs | 800 | 700"));
		assertThat(table.columnHeaders()).isEmpty();
		assertThat(table.rows()).hasSize(2);
	}

	@Test
	void readsATextTableWithItsFirstRowAsHeader() {
		TableText table = TableText.parse(List.of("Name | Role", "Ann Lee | Chief Executive", "Bo Chen | Treasurer"));
		assertThat(table.columnHeaders()).containsExactly("Name", "Role");
		assertThat(table.rows()).extracting(TableText.Row::label).containsExactly("Ann Lee", "Bo Chen");
	}

	@Test
	void picksTheColumnOfTheQuestionsYear() {
		TableText table = TableText.parse(SALES);
		ExactAnswer answer = TableCellPicker.pick(Question.of("What were total sales in 2018?"), table,
				table.rows().get(1));
		assertThat(answer).isEqualTo(new ExactAnswer("$1,202.9", "million", "2018"));
	}

	@Test
	void picksTheFirstValueColumnWithoutAYear() {
		TableText table = TableText.parse(SALES);
		ExactAnswer answer = TableCellPicker.pick(Question.of("What are total sales?"), table, table.rows().get(1));
		assertThat(answer).isEqualTo(new ExactAnswer("$1,496.5", "million", "2019"));
	}

	@Test
	void picksAColumnByItsHeaderWordsAndReadsPercentCells() {
		TableText table = TableText
			.parse(List.of("(in thousands)", " | 2019 | 2018 | Change", "Revenue | 500 | 400 | 25%"));
		ExactAnswer answer = TableCellPicker.pick(Question.of("What is the change in revenue?"), table,
				table.rows().getFirst());
		assertThat(answer).isEqualTo(new ExactAnswer("25%", "percent", null));
		assertThat(table.scale()).isEqualTo("thousand");
	}

}
