package io.cairn.core.media;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Random;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.jspecify.annotations.Nullable;

/**
 * PDFs and images for OCR tests: text pages with lines at known places, "scanned" copies
 * of them (every page rendered to an image, no text layer), and pages with figures whose
 * words exist only in the image.
 */
public final class ScanFixtures {

	/** Letter size, in points. */
	public static final float PAGE_WIDTH = PDRectangle.LETTER.getWidth();

	public static final float PAGE_HEIGHT = PDRectangle.LETTER.getHeight();

	/** Two pages of a maintenance report, as lines. */
	public static final List<String> PAGE_ONE = List.of("Quarterly maintenance report for the harbour cranes",
			"Crane seven needs a new hydraulic pump before March", "The inspection found corrosion on the boom");

	public static final List<String> PAGE_TWO = List.of("Budget approved by the port authority in January",
			"Total spend on spare parts was forty thousand euros");

	private static final float MARGIN = 72;

	private static final float FONT_SIZE = 12;

	private static final float LEADING = 20;

	/**
	 * A figure placed on a page: the image and its rectangle in points, from the top
	 * left.
	 */
	public record Figure(BufferedImage image, float left, float top, float width, float height) {

		public Box box() {
			return new Box(this.left / PAGE_WIDTH, this.top / PAGE_HEIGHT, this.width / PAGE_WIDTH,
					this.height / PAGE_HEIGHT);
		}

	}

	private ScanFixtures() {
	}

	/** Where line {@code index} of a page made by {@link #pdf} sits on its page. */
	public static Box lineBox(int index, String text) {
		try {
			PDType1Font font = font();
			float width = font.getStringWidth(text) / 1000 * FONT_SIZE;
			float top = MARGIN + index * LEADING;
			return new Box(MARGIN / PAGE_WIDTH, top / PAGE_HEIGHT, width / PAGE_WIDTH, FONT_SIZE / PAGE_HEIGHT);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A PDF with one page per list of lines, and the figures on each page (may be empty).
	 */
	public static byte[] pdf(List<List<String>> pages, List<List<Figure>> figures) {
		try (PDDocument document = new PDDocument()) {
			for (int i = 0; i < pages.size(); i++) {
				PDPage page = new PDPage(PDRectangle.LETTER);
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					List<String> lines = pages.get(i);
					for (int line = 0; line < lines.size(); line++) {
						content.beginText();
						content.setFont(font(), FONT_SIZE);
						// The baseline sits about 0.8 of the font size below the line's
						// top.
						content.newLineAtOffset(MARGIN, PAGE_HEIGHT - MARGIN - line * LEADING - FONT_SIZE * 0.8f);
						content.showText(lines.get(line));
						content.endText();
					}
					for (Figure figure : (i < figures.size()) ? figures.get(i) : List.<Figure>of()) {
						PDImageXObject image = LosslessFactory.createFromImage(document, figure.image());
						content.drawImage(image, figure.left(), PAGE_HEIGHT - figure.top() - figure.height(),
								figure.width(), figure.height());
					}
				}
			}
			return save(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The same pages as images only, as a scanner would produce them. */
	public static byte[] scannedCopy(byte[] pdf, float dpi) {
		return scannedCopy(pdf, dpi, null, 0);
	}

	/**
	 * The same pages as images only, degraded like a paper scan and stored as JPEG (75%
	 * quality, as scanners do).
	 */
	public static byte[] paperScannedCopy(byte[] pdf, float dpi, PaperScan scanner, long seed) {
		return scannedCopy(pdf, dpi, scanner, seed);
	}

	private static byte[] scannedCopy(byte[] pdf, float dpi, @Nullable PaperScan scanner, long seed) {
		Random random = new Random(seed);
		try (PDDocument source = Loader.loadPDF(pdf); PDDocument scan = new PDDocument()) {
			PDFRenderer renderer = new PDFRenderer(source);
			for (int i = 0; i < source.getNumberOfPages(); i++) {
				BufferedImage image = renderer.renderImageWithDPI(i, dpi, ImageType.GRAY);
				PDPage page = new PDPage(PDRectangle.LETTER);
				scan.addPage(page);
				PDImageXObject xobject = (scanner == null) ? LosslessFactory.createFromImage(scan, image)
						: JPEGFactory.createFromImage(scan, scanner.degrade(image, random), 0.75f);
				try (PDPageContentStream content = new PDPageContentStream(scan, page)) {
					content.drawImage(xobject, 0, 0, PAGE_WIDTH, PAGE_HEIGHT);
				}
			}
			return save(scan);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A chart whose words ("TURBINE OUTPUT PEAKED AT NOON") exist only as pixels. */
	public static Figure turbineChart() {
		return new Figure(wordsImage(640, 200, new Color(0xEEF4FF), "TURBINE OUTPUT", "PEAKED AT NOON"), 72, 300, 320,
				100);
	}

	/** An image of one flat colour: nothing to read, nothing for a difference hash. */
	public static BufferedImage flatImage(int width, int height, Color colour) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(colour);
		graphics.fillRect(0, 0, width, height);
		graphics.dispose();
		return image;
	}

	/** An image with the given lines of dark text on a light background. */
	public static BufferedImage wordsImage(int width, int height, Color background, String... lines) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			graphics.setColor(background);
			graphics.fillRect(0, 0, width, height);
			graphics.setColor(Color.BLACK);
			graphics.drawRect(2, 2, width - 5, height - 5);
			int size = Math.min(40, (height - 20) / Math.max(1, lines.length) * 2 / 3);
			graphics.setFont(new Font(Font.SANS_SERIF, Font.BOLD, size));
			int y = 10 + size;
			for (String line : lines) {
				graphics.drawString(line, 16, y);
				y += size * 3 / 2;
			}
		}
		finally {
			graphics.dispose();
		}
		return image;
	}

	private static PDType1Font font() {
		return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
	}

	private static byte[] save(PDDocument document) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		document.save(out);
		return out.toByteArray();
	}

}
