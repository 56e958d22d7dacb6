package io.cairn.core.ingest.parse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Office files generated with Apache POI for tests, and ZIP archives that expand too
 * much.
 */
final class TestOfficeFiles {

	private static final java.util.Map<String, byte[]> ENCRYPTED = new java.util.HashMap<>();

	private TestOfficeFiles() {
	}

	/**
	 * Headings "Introduction" (1) and "Results" (2), paragraphs, a captioned 3x3 table.
	 */
	static byte[] docx() {
		try (XWPFDocument document = new XWPFDocument()) {
			XWPFStyles styles = document.createStyles();
			for (int level = 1; level <= 2; level++) {
				CTStyle style = CTStyle.Factory.newInstance();
				style.setStyleId("Heading" + level);
				style.addNewName().setVal("heading " + level);
				style.setType(STStyleType.PARAGRAPH);
				styles.addStyle(new XWPFStyle(style));
			}
			paragraph(document, "Heading1", "Introduction");
			paragraph(document, null, "Cairn reads Word documents. It keeps their structure.");
			paragraph(document, "Heading2", "Results");
			paragraph(document, null, "Table 1: Quarterly revenue");
			XWPFTable table = document.createTable(3, 3);
			String[][] cells = { { "Quarter", "Revenue", "Growth" }, { "Q1", "120", "4%" }, { "Q2", "135", "12%" } };
			for (int row = 0; row < 3; row++) {
				for (int column = 0; column < 3; column++) {
					table.getRow(row).getCell(column).setText(cells[row][column]);
				}
			}
			paragraph(document, null, "Revenue grew in both quarters.");
			return write(document::write);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Sheets "Revenue" (header and two rows) and "Costs" (header and one row). */
	static byte[] xlsx() {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			sheet(workbook, "Revenue",
					List.of(List.of("Year", "Amount"), List.of("2023", "110.5"), List.of("2024", "120.25")));
			sheet(workbook, "Costs", List.of(List.of("Item", "Amount"), List.of("Rent", "40")));
			return write(workbook::write);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Slides whose only text is "Slide n: ...". */
	static byte[] pptx(int slides) {
		try (XMLSlideShow show = new XMLSlideShow()) {
			for (int number = 1; number <= slides; number++) {
				XSLFSlide slide = show.createSlide();
				slide.createTextBox().setText("Slide " + number + ": the quarterly numbers are on track.");
			}
			return write(show::write);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A DOCX saved with a password, the way Office does it: inside an OLE2 container. */
	static synchronized byte[] encryptedDocx(String password) {
		// Key derivation is slow on purpose; tests share the file.
		return ENCRYPTED.computeIfAbsent(password, TestOfficeFiles::encrypt).clone();
	}

	private static byte[] encrypt(String password) {
		try (POIFSFileSystem container = new POIFSFileSystem()) {
			Encryptor encryptor = new EncryptionInfo(EncryptionMode.standard).getEncryptor();
			encryptor.confirmPassword(password);
			try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(docx()));
					OutputStream out = encryptor.getDataStream(container)) {
				opc.save(out);
			}
			return write(container::writeFilesystem);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A ZIP with one entry of {@code zeros} zero bytes: a few kilobytes that expand a
	 * thousandfold.
	 */
	static byte[] zipOfZeros(String entryName, int zeros) {
		return zip(null, entryName, zeros);
	}

	/**
	 * A DOCX-shaped ZIP (content types and a main part) whose main part is {@code zeros}
	 * zero bytes.
	 */
	static byte[] docxBomb(int zeros) {
		return zip("""
				<?xml version="1.0" encoding="UTF-8"?>
				<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
				<Override PartName="/word/document.xml"
				 ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
				</Types>""", "word/document.xml", zeros);
	}

	private static byte[] zip(String contentTypes, String entryName, int zeros) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			if (contentTypes != null) {
				zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
				zip.write(contentTypes.getBytes(java.nio.charset.StandardCharsets.UTF_8));
				zip.closeEntry();
			}
			zip.putNextEntry(new ZipEntry(entryName));
			byte[] block = new byte[64 * 1024];
			for (int written = 0; written < zeros; written += block.length) {
				zip.write(block, 0, Math.min(block.length, zeros - written));
			}
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static void paragraph(XWPFDocument document, String style, String text) {
		XWPFParagraph paragraph = document.createParagraph();
		if (style != null) {
			paragraph.setStyle(style);
		}
		paragraph.createRun().setText(text);
	}

	private static void sheet(XSSFWorkbook workbook, String name, List<List<String>> rows) {
		XSSFSheet sheet = workbook.createSheet(name);
		for (int r = 0; r < rows.size(); r++) {
			var row = sheet.createRow(r);
			for (int c = 0; c < rows.get(r).size(); c++) {
				row.createCell(c).setCellValue(rows.get(r).get(c));
			}
		}
	}

	private interface Writing {

		void writeTo(OutputStream out) throws IOException;

	}

	private static byte[] write(Writing writing) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		writing.writeTo(out);
		return out.toByteArray();
	}

}
