package io.cairn.core.ingest.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.jspecify.annotations.Nullable;

/**
 * Parses DOCX, PPTX, XLSX and HTML with Tika, and Markdown and plain text itself.
 * ZIP-based files are checked for decompression bombs before Tika opens them; Tika runs
 * in a worker thread that is abandoned (and told to stop) when the parse time is up.
 * PowerPoint slides are pages; the other formats have one page. Embedded documents are
 * not parsed; with {@link OcrSettings}, the pictures of Word and PowerPoint files are
 * OCR'd (see {@link OfficeImageText}).
 */
public final class TikaDocumentParser implements DocumentParser {

	private static final List<String> TYPES = List.of(SupportedMediaTypes.DOCX, SupportedMediaTypes.PPTX,
			SupportedMediaTypes.XLSX, SupportedMediaTypes.HTML, SupportedMediaTypes.MARKDOWN, SupportedMediaTypes.TEXT);

	private static final Pattern SLIDE_PART = Pattern.compile("ppt/slides/slide\\d+\\.xml");

	private static final Parser OOXML = new OOXMLParser();

	private static final Parser HTML = new JSoupParser();

	private record Parsed(int pageCount, List<Element> elements, long characters) {
	}

	private final @Nullable OcrSettings ocr;

	/** A parser that leaves pictures unread. */
	public TikaDocumentParser() {
		this(null);
	}

	/**
	 * @param ocr how to OCR the pictures of Word and PowerPoint files; null to leave them
	 * unread
	 */
	public TikaDocumentParser(@Nullable OcrSettings ocr) {
		this.ocr = ocr;
	}

	@Override
	public boolean supports(String mediaType) {
		return TYPES.contains(mediaType);
	}

	@Override
	public void parse(Path source, String mediaType, ParseLimits limits, int firstPage, PageSink sink) {
		if (!supports(mediaType)) {
			throw DocumentRejectedException.unsupported(mediaType, TYPES);
		}
		if (firstPage < 1) {
			throw new IllegalArgumentException("firstPage is 1-based, got " + firstPage);
		}
		ParseDeadline deadline = ParseDeadline.start(limits);
		long size = SourceFiles.checkSize(source, limits);
		if (SupportedMediaTypes.isOoxml(mediaType)) {
			rejectOle2Container(source);
			ArchiveGuard.check(source, size, limits);
		}
		if (mediaType.equals(SupportedMediaTypes.PPTX)) {
			rejectTooManySlides(source, limits);
		}
		Parsed parsed = switch (mediaType) {
			case SupportedMediaTypes.MARKDOWN, SupportedMediaTypes.TEXT ->
				readText(source, mediaType, limits, deadline);
			default -> parseWithTika(source, mediaType, limits, deadline);
		};
		OcrSettings settings = this.ocr;
		if (settings != null
				&& (mediaType.equals(SupportedMediaTypes.DOCX) || mediaType.equals(SupportedMediaTypes.PPTX))) {
			OfficeImageText.deliver(source, mediaType, parsed.elements(), parsed.pageCount(), parsed.characters(),
					limits, settings, deadline, firstPage, sink);
			return;
		}
		deliver(parsed, firstPage, sink);
	}

	private static Parsed readText(Path source, String mediaType, ParseLimits limits, ParseDeadline deadline) {
		List<String> lines = TextFileLines.read(source, limits, deadline);
		ElementAssembler assembler = new ElementAssembler(limits);
		if (mediaType.equals(SupportedMediaTypes.MARKDOWN)) {
			MarkdownReader.read(lines, assembler);
		}
		else {
			PlainTextReader.read(lines, assembler);
		}
		List<Element> elements = assembler.drain();
		return new Parsed(1, elements, assembler.characters());
	}

	private static Parsed parseWithTika(Path source, String mediaType, ParseLimits limits, ParseDeadline deadline) {
		ElementAssembler assembler = new ElementAssembler(limits);
		XhtmlElementHandler handler = new XhtmlElementHandler(assembler, limits, deadline);
		Parser parser = mediaType.equals(SupportedMediaTypes.HTML) ? HTML : OOXML;
		ParseContext context = new ParseContext();
		context.set(HtmlMapper.class, new CaptionKeepingHtmlMapper());
		Metadata metadata = new Metadata();
		metadata.set(Metadata.CONTENT_TYPE, mediaType);
		FutureTask<Parsed> task = new FutureTask<>(() -> {
			try (InputStream in = TikaInputStream.get(source)) {
				parser.parse(in, handler, metadata, context);
			}
			List<Element> elements = handler.elements();
			return new Parsed(handler.pageCount(), elements, assembler.characters());
		});
		Thread.ofPlatform().daemon().name("cairn-tika-parse").start(task);
		try {
			return task.get(deadline.remainingNanos(), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException ex) {
			stop(handler, task);
			throw deadline.timeout();
		}
		catch (InterruptedException ex) {
			stop(handler, task);
			Thread.currentThread().interrupt();
			throw new CancellationException("Parsing was interrupted");
		}
		catch (ExecutionException ex) {
			throw translate(ex.getCause());
		}
	}

	private static void stop(XhtmlElementHandler handler, FutureTask<Parsed> task) {
		handler.cancel();
		task.cancel(true);
	}

	private static void deliver(Parsed parsed, int firstPage, PageSink sink) {
		sink.pageCount(parsed.pageCount());
		Map<Integer, List<Element>> byPage = new HashMap<>();
		for (Element element : parsed.elements()) {
			byPage.computeIfAbsent(element.page(), (page) -> new ArrayList<>()).add(element);
		}
		for (int page = firstPage; page <= parsed.pageCount(); page++) {
			sink.page(page, List.copyOf(byPage.getOrDefault(page, List.of())));
		}
		if (parsed.characters() == 0) {
			throw DocumentRejectedException.noText();
		}
	}

	/**
	 * Office saves password-protected DOCX/PPTX/XLSX files inside an OLE2 container;
	 * anything else in an OLE2 container is a legacy format under the wrong type.
	 */
	private static void rejectOle2Container(Path source) {
		try {
			if (FileMagic.valueOf(source.toFile()) != FileMagic.OLE2) {
				return;
			}
		}
		catch (IOException ex) {
			throw DocumentRejectedException.corrupt("the file could not be read", ex);
		}
		try (POIFSFileSystem container = new POIFSFileSystem(source.toFile(), true)) {
			if (container.getRoot().hasEntryCaseInsensitive("EncryptedPackage")) {
				throw DocumentRejectedException.encrypted();
			}
		}
		catch (IOException ex) {
			throw DocumentRejectedException.corrupt("it is a damaged OLE2 file, not Office Open XML", ex);
		}
		throw DocumentRejectedException.corrupt("it is a legacy Office file (.doc, .ppt or .xls), not Office Open XML",
				null);
	}

	/**
	 * Counts the slides in the archive, so that a huge deck is refused before any text is
	 * extracted.
	 */
	private static void rejectTooManySlides(Path source, ParseLimits limits) {
		try (ZipFile zip = new ZipFile(source.toFile())) {
			long slides = zip.stream().filter((entry) -> SLIDE_PART.matcher(entry.getName()).matches()).count();
			if (slides > limits.maxPages()) {
				throw DocumentRejectedException.tooManyPages((int) slides, limits.maxPages());
			}
		}
		catch (IOException ex) {
			throw DocumentRejectedException.corrupt("its ZIP structure is damaged (" + ex.getMessage() + ")", ex);
		}
	}

	/**
	 * Finds the reason a Tika parse failed; rejections raised from inside the handler
	 * come wrapped.
	 */
	private static DocumentRejectedException translate(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof DocumentRejectedException rejection) {
				return rejection;
			}
			if (cause instanceof EncryptedDocumentException
					|| cause instanceof org.apache.poi.EncryptedDocumentException) {
				return DocumentRejectedException.encrypted();
			}
		}
		return DocumentRejectedException.corrupt(
				"its content is malformed (" + failure.getClass().getSimpleName() + ": " + failure.getMessage() + ")",
				failure);
	}

}
