package io.cairn.api.webui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A four-page ward report with a large heading on every page, so that each page is its
 * own section (and chunk) and a citation points at one page.
 */
final class WardReport {

	/** Page n (1-based) is about TOPICS.get(n - 1). */
	static final List<List<String>> PAGES = List.of(
			List.of("Cardiac surgery",
					"The aortic valve replacement cohort enrolled 412 patients across nine hospitals.",
					"Median length of stay after surgery was six days.",
					"Two patients needed a second operation within thirty days."),
			List.of("Diabetes care", "Metformin dosing was reduced for patients whose kidney function had declined.",
					"Every patient on insulin saw a diabetes nurse within two weeks of discharge.",
					"Foot examinations were recorded for nine in ten clinic visits."),
			List.of("Respiratory infections",
					"Community acquired pneumonia was treated with azithromycin for five days.",
					"Chest X-rays were repeated after six weeks for smokers over fifty.",
					"Oxygen was prescribed when saturation fell below ninety two percent."),
			List.of("Staff health",
					"Influenza vaccination coverage among nurses rose to 87 percent in the winter season.",
					"Needle-stick injuries were reported through the new online form.",
					"Night shifts were limited to four in a row.",
					"The rota board said <b>urgent</b> <img src=x onerror=document.title='pwned'> in red."));

	private WardReport() {
	}

	static byte[] pdf() {
		PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
		PDType1Font body = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (List<String> lines : PAGES) {
				PDPage page = new PDPage();
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					content.beginText();
					content.setFont(bold, 20);
					content.newLineAtOffset(60, 700);
					content.showText(lines.get(0));
					content.setFont(body, 11);
					content.setLeading(16);
					content.newLineAtOffset(0, -30);
					for (String line : lines.subList(1, lines.size())) {
						content.showText(line);
						content.newLine();
					}
					content.endText();
				}
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
