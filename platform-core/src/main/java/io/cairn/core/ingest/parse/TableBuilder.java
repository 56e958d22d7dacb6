package io.cairn.core.ingest.parse;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Collects a table from markup events: rows, cells, caption, and which leading rows are
 * headers ({@code th} cells or a {@code thead}); without any, the first row is taken as
 * the header.
 */
final class TableBuilder {

	private final List<List<String>> rows = new ArrayList<>();

	private final StringBuilder caption = new StringBuilder();

	private final StringBuilder cell = new StringBuilder();

	private @Nullable List<String> row;

	private boolean rowIsHeader;

	private boolean inCell;

	private boolean inCaption;

	private boolean inHead;

	private int headerRows;

	private boolean bodyStarted;

	void startRow() {
		endRow();
		this.row = new ArrayList<>();
		this.rowIsHeader = true;
	}

	void endRow() {
		endCell();
		List<String> finished = this.row;
		this.row = null;
		if (finished == null || finished.stream().allMatch(String::isBlank)) {
			return;
		}
		this.rows.add(finished);
		if (!this.bodyStarted && (this.rowIsHeader || this.inHead)) {
			this.headerRows++;
		}
		else {
			this.bodyStarted = true;
		}
	}

	void startCell(boolean header) {
		endCell();
		if (this.row == null) {
			startRow();
		}
		this.rowIsHeader &= header;
		this.inCell = true;
	}

	void endCell() {
		if (this.inCell && this.row != null) {
			this.row.add(this.cell.toString().replaceAll("\\s+", " ").strip());
		}
		this.cell.setLength(0);
		this.inCell = false;
	}

	void inCaption(boolean value) {
		this.inCaption = value;
	}

	void inHead(boolean value) {
		this.inHead = value;
	}

	/**
	 * Text inside the table: goes to the open cell or the caption; whitespace between
	 * cells is dropped.
	 */
	void text(char[] characters, int start, int length) {
		if (this.inCaption) {
			this.caption.append(characters, start, length);
		}
		else if (this.inCell) {
			this.cell.append(characters, start, length);
		}
	}

	/** Separates blocks inside a cell, such as two paragraphs. */
	void cellBreak() {
		if (this.inCell) {
			this.cell.append(' ');
		}
		else if (this.inCaption) {
			this.caption.append(' ');
		}
	}

	Table build() {
		endRow();
		String captionText = this.caption.toString().replaceAll("\\s+", " ").strip();
		int headerRowCount = (this.headerRows > 0) ? this.headerRows : ((this.rows.size() > 1) ? 1 : 0);
		if (headerRowCount == this.rows.size() && this.rows.size() > 1) {
			headerRowCount = 1;
		}
		return new Table(captionText.isEmpty() ? null : captionText, this.rows, headerRowCount);
	}

}
