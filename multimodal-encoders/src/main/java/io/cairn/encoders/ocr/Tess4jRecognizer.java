package io.cairn.encoders.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedDeque;

import com.sun.jna.Pointer;
import io.cairn.core.media.RecognizedLine;
import io.cairn.core.media.TextRecognizer;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessPageIterator;
import net.sourceforge.tess4j.ITessAPI.TessPageIteratorLevel;
import net.sourceforge.tess4j.ITessAPI.TessPageSegMode;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI;

/**
 * OCR with Tesseract inside the JVM, through tess4j's JNA bindings to the system's
 * {@code libtesseract} (Debian: {@code libtesseract5}). Faster than the
 * {@link TesseractRecognizer command} (no process and no PNG per image), but in-process:
 * Tesseract cannot be stopped in the middle of an image, and a crash in it would take the
 * service down; the command is the isolated choice.
 * <p>
 * Tesseract's API objects are not thread-safe: each thread borrows one from a pool
 * (created on demand, so at most one per concurrent caller) and gives it back. The
 * interface mapping ({@code TessAPI}) binds each function on first call, so Tesseract 5.0
 * to 5.5 all work although tess4j declares newer functions.
 */
public final class Tess4jRecognizer implements TextRecognizer, AutoCloseable {

	private final TessAPI api;

	private final String dataPath;

	private final String languages;

	private final float minConfidence;

	private final ConcurrentLinkedDeque<TessBaseAPI> idle = new ConcurrentLinkedDeque<>();

	private final List<TessBaseAPI> all = new ArrayList<>();

	private boolean closed;

	/**
	 * @param dataPath the {@code tessdata} directory holding
	 * {@code <language>.traineddata}
	 * @param languages Tesseract language codes joined with '+', such as
	 * {@code eng+chi_sim}
	 * @param minConfidence lines below this confidence (0 to 1) are dropped
	 * @throws IllegalStateException if the library or a language's data is missing, with
	 * what to install
	 */
	public Tess4jRecognizer(Path dataPath, String languages, float minConfidence) {
		if (!languages.matches("[A-Za-z0-9_]+(\\+[A-Za-z0-9_]+)*")) {
			throw new IllegalArgumentException("Tesseract languages are codes joined with '+', got " + languages);
		}
		for (String language : languages.split("\\+")) {
			if (!Files.isRegularFile(dataPath.resolve(language + ".traineddata"))) {
				throw new IllegalStateException("Tesseract (cairn.ocr.engine=tess4j) has no data for language '"
						+ language + "' in " + dataPath + "; install it (Debian: apt-get install tesseract-ocr-"
						+ language.replace('_', '-').toLowerCase(Locale.ROOT) + ") or set cairn.ocr.tessdata-path");
			}
		}
		this.api = loadLibrary();
		this.dataPath = dataPath.toString();
		this.languages = languages;
		this.minConfidence = minConfidence;
		// Fail at startup, not on the first image, when the data does not load.
		this.idle.push(create());
	}

	private static TessAPI loadLibrary() {
		try {
			return TessAPI.INSTANCE;
		}
		catch (LinkageError ex) {
			throw new IllegalStateException("Tesseract OCR in the JVM was selected (cairn.ocr.engine=tess4j) but the "
					+ "Tesseract library could not be loaded (" + ex.getMessage() + "); install it (Debian: apt-get "
					+ "install libtesseract5 tesseract-ocr-eng tesseract-ocr-chi-sim) or choose "
					+ "cairn.ocr.engine=tesseract (the command) or ppocr", ex);
		}
	}

	@Override
	public String name() {
		return "tess4j";
	}

	@Override
	public List<RecognizedLine> recognize(BufferedImage image) {
		TessBaseAPI handle = borrow();
		try {
			return read(handle, grey(image));
		}
		finally {
			this.api.TessBaseAPIClear(handle);
			this.idle.push(handle);
		}
	}

	private List<RecognizedLine> read(TessBaseAPI handle, BufferedImage grey) {
		byte[] pixels = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
		ByteBuffer buffer = ByteBuffer.allocateDirect(pixels.length);
		buffer.put(pixels).flip();
		this.api.TessBaseAPISetImage(handle, buffer, grey.getWidth(), grey.getHeight(), 1, grey.getWidth());
		if (this.api.TessBaseAPIRecognize(handle, null) != 0) {
			throw new IllegalStateException("Tesseract could not recognise an image of " + grey.getWidth() + " x "
					+ grey.getHeight() + " pixels");
		}
		WordLines lines = new WordLines(this.minConfidence);
		TessResultIterator words = this.api.TessBaseAPIGetIterator(handle);
		if (words == null) {
			return List.of();
		}
		try {
			TessPageIterator page = this.api.TessResultIteratorGetPageIterator(words);
			IntBuffer left = IntBuffer.allocate(1);
			IntBuffer top = IntBuffer.allocate(1);
			IntBuffer right = IntBuffer.allocate(1);
			IntBuffer bottom = IntBuffer.allocate(1);
			int word = TessPageIteratorLevel.RIL_WORD;
			do {
				if (this.api.TessPageIteratorIsAtBeginningOf(page, TessPageIteratorLevel.RIL_TEXTLINE) != 0) {
					lines.endLine();
				}
				Pointer text = this.api.TessResultIteratorGetUTF8Text(words, word);
				if (text == null) {
					continue;
				}
				String value = text.getString(0, "UTF-8");
				this.api.TessDeleteText(text);
				if (this.api.TessPageIteratorBoundingBox(page, word, left, top, right, bottom) != 0) {
					lines.word(value, left.get(0), top.get(0), right.get(0) - left.get(0), bottom.get(0) - top.get(0),
							this.api.TessResultIteratorConfidence(words, word));
				}
			}
			while (this.api.TessResultIteratorNext(words, word) != 0);
		}
		finally {
			this.api.TessResultIteratorDelete(words);
		}
		return lines.lines();
	}

	/**
	 * A fresh 8-bit grey copy, rows packed end to end as Tesseract takes them (a given
	 * image may be a sub-image with another layout), transparency on white.
	 */
	private static BufferedImage grey(BufferedImage image) {
		BufferedImage grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D graphics = grey.createGraphics();
		graphics.drawImage(image, 0, 0, Color.WHITE, null);
		graphics.dispose();
		return grey;
	}

	private TessBaseAPI borrow() {
		TessBaseAPI handle = this.idle.poll();
		return (handle != null) ? handle : create();
	}

	private synchronized TessBaseAPI create() {
		if (this.closed) {
			throw new IllegalStateException("Tesseract was closed");
		}
		TessBaseAPI handle = this.api.TessBaseAPICreate();
		if (this.api.TessBaseAPIInit3(handle, this.dataPath, this.languages) != 0) {
			this.api.TessBaseAPIDelete(handle);
			throw new IllegalStateException("Tesseract could not load '" + this.languages + "' from " + this.dataPath);
		}
		this.api.TessBaseAPISetPageSegMode(handle, TessPageSegMode.PSM_AUTO);
		this.all.add(handle);
		return handle;
	}

	/** Frees every Tesseract instance; call when no recognition is running. */
	@Override
	public synchronized void close() {
		this.closed = true;
		for (TessBaseAPI handle : this.all) {
			this.api.TessBaseAPIEnd(handle);
			this.api.TessBaseAPIDelete(handle);
		}
		this.all.clear();
		this.idle.clear();
	}

}
