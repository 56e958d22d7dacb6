package io.cairn.core.ingest.parse;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A {@link PDFTextStripper} that records lines with their font size and paragraph instead
 * of writing plain text, so that headings can be told from body text. Not thread-safe;
 * reuse one per document.
 */
final class PdfLineCollector extends PDFTextStripper {

	private final List<TextLine> lines = new ArrayList<>();

	private final StringBuilder line = new StringBuilder();

	private double fontSizeSum;

	private int sizedCharacters;

	private int paragraph;

	PdfLineCollector() {
		setSortByPosition(true);
	}

	/** The lines of one page, top to bottom. */
	List<TextLine> linesOf(PDDocument document, int page) throws IOException {
		this.lines.clear();
		this.paragraph = 0;
		setStartPage(page);
		setEndPage(page);
		writeText(document, Writer.nullWriter());
		endLine();
		return List.copyOf(this.lines);
	}

	@Override
	protected void writeString(String text, List<TextPosition> positions) {
		this.line.append(text);
		for (TextPosition position : positions) {
			if (!position.getUnicode().isBlank()) {
				this.fontSizeSum += position.getFontSizeInPt();
				this.sizedCharacters++;
			}
		}
	}

	@Override
	protected void writeWordSeparator() {
		this.line.append(' ');
	}

	@Override
	protected void writeLineSeparator() {
		endLine();
	}

	@Override
	protected void writeParagraphStart() {
		endLine();
		this.paragraph++;
	}

	@Override
	protected void writeParagraphEnd() {
		endLine();
	}

	private void endLine() {
		String text = this.line.toString().strip();
		if (!text.isEmpty()) {
			double size = (this.sizedCharacters > 0) ? this.fontSizeSum / this.sizedCharacters : 0;
			this.lines.add(new TextLine(text, size, this.paragraph));
		}
		this.line.setLength(0);
		this.fontSizeSum = 0;
		this.sizedCharacters = 0;
	}

}
