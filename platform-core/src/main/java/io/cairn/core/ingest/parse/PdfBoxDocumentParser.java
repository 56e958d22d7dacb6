package io.cairn.core.ingest.parse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.cairn.core.media.TextRecognizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.jspecify.annotations.Nullable;

/**
 * Parses PDFs with PDFBox, one page at a time. The page count is checked before any text
 * is extracted; the character limit and the parse time are checked after every page.
 * Temporary data goes to files rather than the heap, so that a large PDF cannot exhaust
 * memory. With a {@link TextRecognizer}, pages without a usable text layer (scans) are
 * rendered and OCR'd, and the figures on the other pages are OCR'd one by one; without
 * one, a PDF without any text layer yields empty pages and then
 * {@link RejectionReason#NO_TEXT}.
 */
public final class PdfBoxDocumentParser implements DocumentParser {

	private final @Nullable OcrSettings ocr;

	/** A parser that reads the text layer only. */
	public PdfBoxDocumentParser() {
		this((OcrSettings) null);
	}

	/** A parser that OCRs scanned pages and figures with default options. */
	public PdfBoxDocumentParser(TextRecognizer recognizer) {
		this(OcrSettings.defaults(recognizer));
	}

	/**
	 * @param ocr how to OCR scanned pages and figures; null to read the text layer only
	 */
	public PdfBoxDocumentParser(@Nullable OcrSettings ocr) {
		this.ocr = ocr;
	}

	@Override
	public boolean supports(String mediaType) {
		return SupportedMediaTypes.PDF.equals(mediaType);
	}

	@Override
	public void parse(Path source, String mediaType, ParseLimits limits, int firstPage, PageSink sink) {
		if (firstPage < 1) {
			throw new IllegalArgumentException("firstPage is 1-based, got " + firstPage);
		}
		SourceFiles.checkSize(source, limits);
		ParseDeadline deadline = ParseDeadline.start(limits);
		try (PDDocument document = load(source)) {
			int pages = document.getNumberOfPages();
			if (pages > limits.maxPages()) {
				throw DocumentRejectedException.tooManyPages(pages, limits.maxPages());
			}
			if (pages == 0) {
				throw DocumentRejectedException.corrupt("the PDF has no pages", null);
			}
			sink.pageCount(pages);
			ElementAssembler assembler = new ElementAssembler(limits);
			PdfLineCollector collector = new PdfLineCollector();
			ImageTextReader reader = (this.ocr != null) ? new ImageTextReader(this.ocr, deadline) : null;
			PdfPageImages images = (reader != null) ? new PdfPageImages(document, reader) : null;
			int scansNotRead = 0;
			boolean unreadScansBefore = false;
			// One page of lookahead: running headers are recognised on the pages around
			// each page.
			Set<String> previousEdges = Set.of();
			deadline.check();
			List<TextLine> current = linesOf(collector, document, 1);
			for (int page = 1; page <= pages; page++) {
				deadline.check();
				List<TextLine> next = (page < pages) ? linesOf(collector, document, page + 1) : List.of();
				Set<String> neighbourEdges = new HashSet<>(previousEdges);
				neighbourEdges.addAll(RunningLines.edges(next));
				LineBlockReader.readPage(RunningLines.strip(current, neighbourEdges), page, assembler);
				List<Element> elements = assembler.drain();
				int characters = PdfPageImages.textCharacters(current);
				if (reader == null || images == null) {
					if (page >= firstPage && isScan(document, page, characters)) {
						scansNotRead++;
					}
					if (page >= firstPage) {
						sink.page(page, elements);
					}
				}
				else {
					ImageTextReader.Page media = reader.page(page, assembler);
					if (page >= firstPage) {
						readImages(images, page, characters, media);
						List<Element> all = new ArrayList<>(elements);
						all.addAll(media.elements());
						sink.page(page, all, media.assets());
					}
					else if (characters < PdfPageImages.MIN_TEXT_CHARACTERS) {
						// Read before the resume point; its OCR text is stored already.
						unreadScansBefore = true;
					}
				}
				previousEdges = RunningLines.edges(current);
				current = next;
			}
			if (reader != null) {
				reader.budget().notes().forEach(sink::note);
			}
			else if (scansNotRead > 0) {
				sink.note(scansNotRead + " page(s) without a text layer (scans) were not read: OCR is disabled.");
			}
			if (assembler.characters() == 0 && !unreadScansBefore) {
				throw DocumentRejectedException.noText();
			}
		}
		catch (IOException ex) {
			// Only closing the document can get here; its text has been delivered
			// already.
			throw DocumentRejectedException.corrupt("the PDF could not be closed cleanly", ex);
		}
	}

	private static PDDocument load(Path source) {
		try {
			// An empty password opens PDFs that only restrict permissions; real passwords
			// fail.
			return Loader.loadPDF(source.toFile(), "", IOUtils.createTempFileOnlyStreamCache());
		}
		catch (InvalidPasswordException ex) {
			throw DocumentRejectedException.encrypted();
		}
		catch (IOException | RuntimeException ex) {
			throw DocumentRejectedException.corrupt("it is not a valid PDF (" + ex.getMessage() + ")", ex);
		}
	}

	private static boolean isScan(PDDocument document, int page, int characters) {
		try {
			return PdfPageImages.isScan(document.getPage(page - 1), characters);
		}
		catch (IOException | RuntimeException ex) {
			// Only decides whether a note is written; the text layer was read.
			return false;
		}
	}

	private static void readImages(PdfPageImages images, int page, int characters, ImageTextReader.Page media) {
		try {
			images.read(page, characters, media);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof DocumentRejectedException rejection) {
				throw rejection;
			}
			throw DocumentRejectedException
				.corrupt("the images of page " + page + " are damaged (" + ex.getMessage() + ")", ex);
		}
	}

	private static List<TextLine> linesOf(PdfLineCollector collector, PDDocument document, int page) {
		try {
			return collector.linesOf(document, page);
		}
		catch (IOException | RuntimeException ex) {
			throw DocumentRejectedException.corrupt("page " + page + " is damaged (" + ex.getMessage() + ")", ex);
		}
	}

}
