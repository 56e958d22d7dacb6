package io.cairn.core.ingest.parse;

import io.cairn.core.media.TextRecognizer;

/**
 * How parsers read text out of scanned pages and embedded images.
 *
 * @param recognizer the OCR engine
 * @param dpi resolution scanned pages are rendered at
 * @param maxPagePixels most pixels of a rendered page; larger pages are rendered at a
 * lower resolution
 * @param maxImagePixels embedded images with more pixels are not decoded (a pixel bomb
 * would exhaust memory)
 * @param minFigureSide embedded images narrower or lower than this many pixels (icons,
 * rules, bullets) are not read
 * @param minFigureArea nor are images with fewer pixels than this
 * @param maxFigures most embedded images OCR'd per document
 * @param timeShare share of the parse time OCR may use; the rest is kept for the text
 * layer of the remaining pages
 * @param keepWordlessFigures whether a figure without readable text is kept as an asset
 * (for image search and alignment, when an image model is configured); off, it is dropped
 */
public record OcrSettings(TextRecognizer recognizer, float dpi, long maxPagePixels, long maxImagePixels,
		int minFigureSide, long minFigureArea, int maxFigures, double timeShare, boolean keepWordlessFigures) {

	public OcrSettings(TextRecognizer recognizer, float dpi, long maxPagePixels, long maxImagePixels, int minFigureSide,
			long minFigureArea, int maxFigures, double timeShare) {
		this(recognizer, dpi, maxPagePixels, maxImagePixels, minFigureSide, minFigureArea, maxFigures, timeShare,
				false);
	}

	public OcrSettings {
		if (dpi < 36 || maxPagePixels < 10_000 || maxImagePixels < 10_000 || minFigureSide < 1 || maxFigures < 0) {
			throw new IllegalArgumentException("invalid OCR options");
		}
		if (!(timeShare > 0 && timeShare <= 1)) {
			throw new IllegalArgumentException("timeShare is a fraction of the parse time, got " + timeShare);
		}
	}

	/** The same settings, keeping or dropping figures without readable text. */
	public OcrSettings keepingWordlessFigures(boolean keep) {
		return new OcrSettings(this.recognizer, this.dpi, this.maxPagePixels, this.maxImagePixels, this.minFigureSide,
				this.minFigureArea, this.maxFigures, this.timeShare, keep);
	}

	/**
	 * 200 dpi, pages up to 12 Mpx, images up to 40 Mpx, figures of at least 64 px a side
	 * and 8,000 px, 200 figures, 80 % of the parse time.
	 */
	public static OcrSettings defaults(TextRecognizer recognizer) {
		return new OcrSettings(recognizer, 200, 12_000_000L, 40_000_000L, 64, 8_000L, 200, 0.8);
	}

}
