package io.cairn.api.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A text PDF report: numbered chapter and section headings in larger bold type, and about
 * {@code wordsPerPage} words of {@link Prose} per page in paragraphs, wrapped to the
 * page.
 *
 * @param bytes the PDF
 * @param pages page count
 * @param words words on all pages (body and headings)
 */
record ProsePdf(byte[] bytes, int pages, int words) {

	private static final float MARGIN = 64;

	private static final float BODY_SIZE = 10.5f;

	private static final float BODY_LEADING = 13.5f;

	private static final int PAGES_PER_CHAPTER = 6;

	static ProsePdf generate(int pages, int wordsPerPage, long seed) {
		Prose prose = new Prose(seed);
		PDType1Font body = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
		PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
		int words = 0;
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			int chapter = 0;
			int section = 0;
			int domain = 0;
			for (int page = 1; page <= pages; page++) {
				PDPage pdPage = new PDPage(PDRectangle.LETTER);
				document.addPage(pdPage);
				float width = PDRectangle.LETTER.getWidth() - 2 * MARGIN;
				Writer writer = new Writer(document, pdPage, width);
				try (writer) {
					if ((page - 1) % PAGES_PER_CHAPTER == 0) {
						chapter++;
						section = 0;
						domain = prose.nextInt(4);
						words += writer.heading(chapter + " " + prose.title(domain), bold, 16);
					}
					section++;
					words += writer.heading(chapter + "." + section + " " + prose.title(domain), bold, 12.5f);
					int pageWords = 0;
					boolean subsection = prose.nextInt(3) == 0;
					while (pageWords < wordsPerPage - 25) {
						if (subsection && pageWords > wordsPerPage / 2) {
							pageWords += writer.heading(chapter + "." + section + ".1 " + prose.title(domain), bold,
									11.5f);
							subsection = false;
						}
						String paragraph = prose.paragraph(domain, 3 + prose.nextInt(4));
						List<String> paragraphWords = List.of(paragraph.split(" "));
						int room = wordsPerPage - pageWords;
						if (paragraphWords.size() > room + 15) {
							// End the page on a whole sentence near the word budget.
							paragraph = cutAtSentence(paragraph, room);
							paragraphWords = List.of(paragraph.split(" "));
						}
						pageWords += writer.paragraph(paragraph, body);
					}
					words += pageWords;
				}
			}
			document.save(out);
			return new ProsePdf(out.toByteArray(), pages, words);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String cutAtSentence(String paragraph, int maxWords) {
		String[] words = paragraph.split(" ");
		int end = Math.min(words.length, Math.max(1, maxWords));
		for (int i = end - 1; i > 0; i--) {
			if (words[i].endsWith(".")) {
				end = i + 1;
				break;
			}
		}
		return String.join(" ", java.util.Arrays.copyOf(words, end));
	}

	/** Writes lines top-down on one page. */
	private static final class Writer implements AutoCloseable {

		private final PDPageContentStream content;

		private final float width;

		private float y;

		Writer(PDDocument document, PDPage page, float width) throws IOException {
			this.content = new PDPageContentStream(document, page);
			this.width = width;
			this.y = page.getMediaBox().getHeight() - MARGIN;
		}

		int heading(String text, PDType1Font font, float size) throws IOException {
			this.y -= size * 0.6f;
			line(text, font, size);
			this.y -= size * 1.5f;
			return text.split(" ").length;
		}

		int paragraph(String text, PDType1Font font) throws IOException {
			List<String> lines = wrap(text, font, BODY_SIZE);
			for (String line : lines) {
				line(line, font, BODY_SIZE);
				this.y -= BODY_LEADING;
			}
			this.y -= BODY_LEADING * 0.6f;
			return text.split(" ").length;
		}

		private void line(String text, PDType1Font font, float size) throws IOException {
			if (this.y < MARGIN) {
				throw new IllegalStateException("Page overflow: lower the words per page");
			}
			this.content.beginText();
			this.content.setFont(font, size);
			this.content.newLineAtOffset(MARGIN, this.y);
			this.content.showText(text);
			this.content.endText();
		}

		private List<String> wrap(String text, PDType1Font font, float size) throws IOException {
			List<String> lines = new ArrayList<>();
			StringBuilder line = new StringBuilder();
			for (String word : text.split(" ")) {
				String candidate = line.isEmpty() ? word : line + " " + word;
				if (font.getStringWidth(candidate) / 1000 * size > this.width && !line.isEmpty()) {
					lines.add(line.toString());
					line = new StringBuilder(word);
				}
				else {
					line = new StringBuilder(candidate);
				}
			}
			if (!line.isEmpty()) {
				lines.add(line.toString());
			}
			return lines;
		}

		@Override
		public void close() throws IOException {
			this.content.close();
		}

	}

}
