package io.cairn.api.media;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Renders one page of a stored PDF at a given width. The PDF is spooled to a temporary
 * file so that a large document is not held on the heap.
 */
final class PdfPageRenderer {

	private PdfPageRenderer() {
	}

	static BufferedImage render(InputStream pdf, int page, int width) {
		Path spool = null;
		try {
			spool = Files.createTempFile("cairn-page-", ".pdf");
			try (InputStream in = pdf) {
				Files.copy(in, spool, StandardCopyOption.REPLACE_EXISTING);
			}
			try (PDDocument document = Loader.loadPDF(spool.toFile(), "", IOUtils.createTempFileOnlyStreamCache())) {
				PDPage pdPage = document.getPage(page - 1);
				boolean quarterTurn = pdPage.getRotation() % 180 != 0;
				float pointsWide = quarterTurn ? pdPage.getCropBox().getHeight() : pdPage.getCropBox().getWidth();
				float scale = width / Math.max(1f, pointsWide);
				return new PDFRenderer(document).renderImage(page - 1, scale, ImageType.RGB);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not render page " + page, ex);
		}
		finally {
			if (spool != null) {
				try {
					Files.deleteIfExists(spool);
				}
				catch (IOException ignored) {
					// a temp file left behind is not worth failing the request
				}
			}
		}
	}

}
