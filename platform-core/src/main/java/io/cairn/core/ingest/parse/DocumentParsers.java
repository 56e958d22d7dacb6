package io.cairn.core.ingest.parse;

import java.util.List;

/** The registry of parsers: picks the one that reads a media type. */
public final class DocumentParsers {

	private final List<DocumentParser> parsers;

	public DocumentParsers(List<DocumentParser> parsers) {
		this.parsers = List.copyOf(parsers);
	}

	/** PDFBox for PDF, Tika for the Office formats, HTML, Markdown and plain text. */
	public static DocumentParsers defaults() {
		return new DocumentParsers(List.of(new PdfBoxDocumentParser(), new TikaDocumentParser()));
	}

	/**
	 * PDFBox and Tika as in {@link #defaults()}, reading scanned PDF pages and the
	 * pictures of PDF, Word and PowerPoint files with OCR.
	 */
	public static DocumentParsers withOcr(OcrSettings ocr) {
		return new DocumentParsers(List.of(new PdfBoxDocumentParser(ocr), new TikaDocumentParser(ocr)));
	}

	/**
	 * The first parser that supports the media type.
	 * @throws DocumentRejectedException UNSUPPORTED_MEDIA_TYPE when none does
	 */
	public DocumentParser forMediaType(String mediaType) {
		return this.parsers.stream()
			.filter((parser) -> parser.supports(mediaType))
			.findFirst()
			.orElseThrow(() -> DocumentRejectedException.unsupported(mediaType, supportedTypes()));
	}

	/**
	 * The media types some parser here reads (a deployment without OCR or with video off
	 * reads fewer than {@link SupportedMediaTypes#ALL}).
	 */
	public List<String> supportedTypes() {
		return SupportedMediaTypes.ALL.stream().filter(this::supports).toList();
	}

	/** The parsers, in the order they are asked. */
	public List<DocumentParser> parsers() {
		return this.parsers;
	}

	public boolean supports(String mediaType) {
		return this.parsers.stream().anyMatch((parser) -> parser.supports(mediaType));
	}

}
