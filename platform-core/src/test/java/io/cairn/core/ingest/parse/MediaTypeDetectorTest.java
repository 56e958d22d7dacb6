package io.cairn.core.ingest.parse;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MediaTypeDetectorTest {

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H',
			'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0 };

	private static final byte[] GIF = { 'G', 'I', 'F', '8', '9', 'a', 1, 0, 1, 0, 0, 0, 0 };

	private static final byte[] TEXT = "Plain words, nothing more.\n".getBytes(StandardCharsets.UTF_8);

	private final MediaTypeDetector detector = new MediaTypeDetector();

	@TempDir
	Path dir;

	@Test
	void detectsEachSupportedTypeFromItsContent() throws IOException {
		assertThat(this.detector.detect(TestPdfs.emptyPages(1), "report.pdf")).isEqualTo(SupportedMediaTypes.PDF);
		assertThat(this.detector.detect(TestOfficeFiles.docx(), "memo.docx")).isEqualTo(SupportedMediaTypes.DOCX);
		assertThat(this.detector.detect(TestOfficeFiles.xlsx(), null)).isEqualTo(SupportedMediaTypes.XLSX);
		assertThat(this.detector.detect(file(TestOfficeFiles.docx()), "memo.docx")).isEqualTo(SupportedMediaTypes.DOCX);
		assertThat(this.detector.detect("<!DOCTYPE html><html><body><p>x</p></body></html>".getBytes(), "page.html"))
			.isEqualTo(SupportedMediaTypes.HTML);
		assertThat(this.detector.detect(TEXT, "notes.txt")).isEqualTo(SupportedMediaTypes.TEXT);
		assertThat(this.detector.detect(TEXT, null)).isEqualTo(SupportedMediaTypes.TEXT);
		assertThat(this.detector.detect("会议纪要：明天上午十点开会。".getBytes(StandardCharsets.UTF_8), "纪要.txt"))
			.isEqualTo(SupportedMediaTypes.TEXT);
	}

	@Test
	void detectsImages() throws IOException {
		for (String format : List.of("png", "jpeg", "tiff", "bmp")) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), format, out);
			assertThat(this.detector.detect(out.toByteArray(), "scan." + format)).isEqualTo("image/" + format);
		}
		assertThat(this.detector.detect(PNG, null)).isEqualTo(SupportedMediaTypes.PNG);
	}

	@Test
	void treatsTextNamedMarkdownAsMarkdownAndOtherTextNamesAsText() {
		assertThat(this.detector.detect("# Title\n\nBody".getBytes(), "README.md"))
			.isEqualTo(SupportedMediaTypes.MARKDOWN);
		assertThat(this.detector.detect(TEXT, "data.csv")).isEqualTo(SupportedMediaTypes.TEXT);
		assertThat(this.detector.detect(TEXT, "server.log")).isEqualTo(SupportedMediaTypes.TEXT);
		assertThat(this.detector.detect(TEXT, "no-extension")).isEqualTo(SupportedMediaTypes.TEXT);
	}

	@Test
	void leavesAZipBombInAnOfficeNameToTheParserToReject() throws IOException {
		Path bomb = file(TestOfficeFiles.docxBomb(20 * 1024 * 1024));

		assertThat(this.detector.detect(bomb, "bomb.docx")).isEqualTo(SupportedMediaTypes.DOCX);
	}

	@Test
	void rejectsANameThatContradictsTheContent() {
		assertRejected(PNG, "report.pdf", RejectionReason.MEDIA_TYPE_MISMATCH, "report.pdf", "image");
		assertRejected(TestOfficeFiles.zipOfZeros("a.txt", 10), "report.pdf", RejectionReason.MEDIA_TYPE_MISMATCH,
				"ZIP");
		assertRejected(TestOfficeFiles.docx(), "sheet.xlsx", RejectionReason.MEDIA_TYPE_MISMATCH, "Word");
		assertRejected(TEXT, "report.pdf", RejectionReason.MEDIA_TYPE_MISMATCH, "plain text");
	}

	@Test
	void rejectsUnsupportedEmptyAndEncryptedFiles() {
		assertRejected(GIF, "photo.gif", RejectionReason.UNSUPPORTED_MEDIA_TYPE, "image/gif", "application/pdf");
		assertRejected(new byte[] { 0x00, 0x13, 0x7f, (byte) 0xfe, 0x01, 0x00, 0x00, (byte) 0x88, 0x42 }, "blob.bin",
				RejectionReason.UNSUPPORTED_MEDIA_TYPE);
		assertRejected(new byte[0], "empty.txt", RejectionReason.EMPTY);
		assertRejected(TestOfficeFiles.encryptedDocx("secret"), "secret.docx", RejectionReason.ENCRYPTED);
	}

	@Test
	void rejectsAnEmptyFileOnDisk() throws IOException {
		Path empty = file(new byte[0]);

		assertThatExceptionOfType(DocumentRejectedException.class)
			.isThrownBy(() -> this.detector.detect(empty, "a.txt"))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(RejectionReason.EMPTY));
	}

	private void assertRejected(byte[] content, String name, RejectionReason reason, String... messageParts) {
		assertThatExceptionOfType(DocumentRejectedException.class).isThrownBy(() -> this.detector.detect(content, name))
			.satisfies((ex) -> assertThat(ex.reason()).as(ex.getMessage()).isEqualTo(reason))
			.satisfies((ex) -> assertThat(List.of(messageParts))
				.allSatisfy((part) -> assertThat(ex).hasMessageContaining(part)));
	}

	private Path file(byte[] content) throws IOException {
		return Files.write(Files.createTempFile(this.dir, "upload", ".bin"), content);
	}

}
