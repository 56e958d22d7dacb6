package io.cairn.encoders.ocr;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.Supplier;

import io.cairn.core.media.RecognizedLine;
import io.cairn.core.media.TextRecognizer;
import org.jspecify.annotations.Nullable;

/**
 * Creates the recognizer on first use, so that a service that never sees an image does
 * not load the OCR models. Thread-safe.
 */
public final class LazyTextRecognizer implements TextRecognizer, AutoCloseable {

	private final String name;

	private final Supplier<? extends TextRecognizer> factory;

	private volatile @Nullable TextRecognizer delegate;

	/**
	 * @param name the recognizer's name, known before it is loaded
	 * @param factory creates it
	 */
	public LazyTextRecognizer(String name, Supplier<? extends TextRecognizer> factory) {
		this.name = name;
		this.factory = factory;
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public List<RecognizedLine> recognize(BufferedImage image) {
		return delegate().recognize(image);
	}

	private TextRecognizer delegate() {
		TextRecognizer loaded = this.delegate;
		if (loaded == null) {
			synchronized (this) {
				loaded = this.delegate;
				if (loaded == null) {
					loaded = this.factory.get();
					this.delegate = loaded;
				}
			}
		}
		return loaded;
	}

	@Override
	public synchronized void close() throws Exception {
		if (this.delegate instanceof AutoCloseable closeable) {
			closeable.close();
		}
		this.delegate = null;
	}

}
