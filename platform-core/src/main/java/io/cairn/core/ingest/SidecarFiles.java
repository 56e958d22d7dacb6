package io.cairn.core.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import io.cairn.core.document.Sidecar;
import io.cairn.core.ingest.parse.DocumentRejectedException;

/**
 * Turns the bytes of a subtitle file sent with a video into a {@link Sidecar}: a
 * {@code .srt} or {@code .vtt} name, at most {@link #MAX_BYTES}, valid UTF-8. Whether it
 * holds cues, and whether the document is a video at all, {@link IngestService} checks.
 */
public final class SidecarFiles {

	/** Subtitles are text: hours of them fit in a few hundred kilobytes. */
	public static final int MAX_BYTES = 2 * 1024 * 1024;

	private SidecarFiles() {
	}

	/** Whether a file with this name is a subtitle file. */
	public static boolean isSubtitleName(String fileName) {
		String name = fileName.toLowerCase(Locale.ROOT);
		return name.endsWith(".srt") || name.endsWith(".vtt");
	}

	/**
	 * @throws DocumentRejectedException INVALID_SIDECAR when the file cannot be a
	 * subtitle file
	 */
	public static Sidecar decode(String fileName, byte[] bytes) {
		if (!isSubtitleName(fileName)) {
			throw DocumentRejectedException.invalidSidecar("'" + fileName + "' is not named .srt or .vtt");
		}
		if (bytes.length == 0) {
			throw DocumentRejectedException.invalidSidecar("'" + fileName + "' is empty");
		}
		if (bytes.length > MAX_BYTES) {
			throw DocumentRejectedException.invalidSidecar(
					"'" + fileName + "' is larger than " + MAX_BYTES + " bytes (" + bytes.length + " bytes)");
		}
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			if (text.indexOf('\0') >= 0) {
				throw DocumentRejectedException.invalidSidecar("'" + fileName + "' is binary, not text");
			}
			return new Sidecar(fileName, text);
		}
		catch (CharacterCodingException ex) {
			throw DocumentRejectedException.invalidSidecar("'" + fileName + "' is not UTF-8 text");
		}
	}

}
