package io.cairn.core.ingest.parse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Parses PDFs with PDFBox, one page at a time. The page count is checked before any text
 * is extracted; the character limit and the parse time are checked after every page.
 * Temporary data goes to files rather than the heap, so that a large PDF cannot exhaust
 * memory. PDFs without a text layer (scans) yield empty pages and then
 * {@link RejectionReason#NO_TEXT}.
 */
public final class PdfBoxDocumentParser implements DocumentParser {

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
				if (page >= firstPage) {
					sink.page(page, elements);
				}
				previousEdges = RunningLines.edges(current);
				current = next;
			}
			if (assembler.characters() == 0) {
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

	private static List<TextLine> linesOf(PdfLineCollector collector, PDDocument document, int page) {
		try {
			return collector.linesOf(document, page);
		}
		catch (IOException | RuntimeException ex) {
			throw DocumentRejectedException.corrupt("page " + page + " is damaged (" + ex.getMessage() + ")", ex);
		}
	}

}
