package io.cairn.core.ingest.parse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** PDFs generated for tests: pages of lines in given font sizes. */
final class TestPdfs {

	/**
	 * A line of text; {@code gapBefore} adds vertical space, which PDFBox reads as a new
	 * paragraph.
	 */
	record Line(String text, float fontSize, boolean gapBefore) {

		static Line heading(String text, float fontSize) {
			return new Line(text, fontSize, true);
		}

		static Line body(String text) {
			return new Line(text, 11, false);
		}

		static Line paragraph(String text) {
			return new Line(text, 11, true);
		}

	}

	private TestPdfs() {
	}

	@SafeVarargs
	static byte[] pdf(List<Line>... pages) {
		try (PDDocument document = new PDDocument()) {
			for (List<Line> lines : pages) {
				addPage(document, lines);
			}
			return save(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte[] encrypted(String userPassword) {
		try (PDDocument document = new PDDocument()) {
			addPage(document, List.of(Line.body("Secret text.")));
			StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword,
					new AccessPermission());
			policy.setEncryptionKeyLength(128);
			document.protect(policy);
			return save(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte[] emptyPages(int count) {
		try (PDDocument document = new PDDocument()) {
			for (int i = 0; i < count; i++) {
				document.addPage(new PDPage(PDRectangle.A4));
			}
			return save(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void addPage(PDDocument document, List<Line> lines) throws IOException {
		PDPage page = new PDPage(PDRectangle.A4);
		document.addPage(page);
		PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
		try (PDPageContentStream content = new PDPageContentStream(document, page)) {
			float y = 780;
			for (Line line : lines) {
				y -= line.fontSize() * 1.4f + (line.gapBefore() ? line.fontSize() : 0);
				content.beginText();
				content.setFont(font, line.fontSize());
				content.newLineAtOffset(60, y);
				content.showText(line.text());
				content.endText();
			}
		}
	}

	private static byte[] save(PDDocument document) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		document.save(out);
		return out.toByteArray();
	}

}
