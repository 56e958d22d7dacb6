package io.cairn.core.answer.schema;

import java.util.List;
import java.util.Set;

import io.cairn.core.ingest.StoredChunk;
import org.jspecify.annotations.Nullable;

/**
 * A unit a value is read from and cited with: a sentence of a text chunk, or a row of a
 * table chunk.
 *
 * @param chunk the chunk
 * @param rank 1-based rank of the chunk in the field's search
 * @param start offset of the unit in the chunk text
 * @param end end offset (exclusive)
 * @param words the words that tell what the unit is about (for a row: its label)
 * @param context words around it that only add weight (for a row: the table's heading,
 * caption and header; empty for a sentence)
 * @param row the cells, for a table row
 */
record Passage(StoredChunk chunk, int rank, int start, int end, Set<String> words, Set<String> context,
		@Nullable Row row) {

	String text() {
		return this.chunk.text().substring(this.start, this.end);
	}

	/**
	 * A table row.
	 *
	 * @param cells its cells, the row label first
	 * @param header the header cell of each column ("" where none)
	 * @param scale what the caption or header says about the figures' scale
	 */
	record Row(List<Cell> cells, List<String> header, Scale scale) {

		String label() {
			return this.cells.getFirst().text();
		}

	}

	/**
	 * One cell.
	 *
	 * @param text the cell text
	 * @param start offset in the chunk text
	 * @param end end offset (exclusive)
	 */
	record Cell(String text, int start, int end) {
	}

}
