package io.cairn.core.ingest.parse;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import io.cairn.core.media.Box;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jspecify.annotations.Nullable;

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

	/** The line's extent in points, top-left origin: left, top, right, bottom. */
	private final double[] extent = new double[4];

	private boolean extentKnown;

	private float pageWidth;

	private float pageHeight;

	PdfLineCollector() {
		setSortByPosition(true);
	}

	/** The lines of one page, top to bottom. */
	List<TextLine> linesOf(PDDocument document, int page) throws IOException {
		this.lines.clear();
		this.paragraph = 0;
		setStartPage(page);
		setEndPage(page);
		var pdPage = document.getPage(page - 1);
		boolean quarterTurn = pdPage.getRotation() % 180 != 0;
		this.pageWidth = quarterTurn ? pdPage.getCropBox().getHeight() : pdPage.getCropBox().getWidth();
		this.pageHeight = quarterTurn ? pdPage.getCropBox().getWidth() : pdPage.getCropBox().getHeight();
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
				extend(position);
			}
		}
	}

	/**
	 * Grows the line's extent by one glyph. PDFBox's glyph heights are often too small,
	 * so the font size stands in for ascent and descent.
	 */
	private void extend(TextPosition position) {
		double size = Math.max(position.getHeightDir(), position.getFontSizeInPt() * 0.75);
		double left = position.getXDirAdj();
		double right = left + position.getWidthDirAdj();
		double top = position.getYDirAdj() - size;
		double bottom = position.getYDirAdj() + size * 0.25;
		if (!this.extentKnown) {
			this.extent[0] = left;
			this.extent[1] = top;
			this.extent[2] = right;
			this.extent[3] = bottom;
			this.extentKnown = true;
			return;
		}
		this.extent[0] = Math.min(this.extent[0], left);
		this.extent[1] = Math.min(this.extent[1], top);
		this.extent[2] = Math.max(this.extent[2], right);
		this.extent[3] = Math.max(this.extent[3], bottom);
	}

	private @Nullable Box lineBox() {
		if (!this.extentKnown || this.pageWidth <= 0 || this.pageHeight <= 0) {
			return null;
		}
		return Box.ofPixels(this.extent[0], this.extent[1], this.extent[2] - this.extent[0],
				this.extent[3] - this.extent[1], Math.round(this.pageWidth), Math.round(this.pageHeight));
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
			this.lines.add(new TextLine(text, size, this.paragraph, lineBox()));
		}
		this.line.setLength(0);
		this.extentKnown = false;
		this.fontSizeSum = 0;
		this.sizedCharacters = 0;
	}

}
