package io.cairn.core.ingest.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.tika.detect.AutoDetectReader;
import org.apache.tika.exception.TikaException;

/**
 * Reads a text file's lines: as UTF-8 when the bytes are valid UTF-8 (the usual case, and
 * what charset guessing gets wrong most often on short texts), otherwise in the charset
 * Tika detects.
 */
final class TextFileLines {

	private TextFileLines() {
	}

	static List<String> read(Path file, ParseLimits limits, ParseDeadline deadline) {
		try (InputStream in = Files.newInputStream(file)) {
			var strictUtf8 = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
			return read(new BufferedReader(new InputStreamReader(in, strictUtf8)), limits, deadline);
		}
		catch (CharacterCodingException ex) {
			return readDetected(file, limits, deadline);
		}
		catch (IOException ex) {
			throw DocumentRejectedException.corrupt("the text could not be read (" + ex.getMessage() + ")", ex);
		}
	}

	private static List<String> readDetected(Path file, ParseLimits limits, ParseDeadline deadline) {
		try (InputStream in = Files.newInputStream(file); AutoDetectReader reader = new AutoDetectReader(in)) {
			return read(reader, limits, deadline);
		}
		catch (IOException | TikaException ex) {
			throw DocumentRejectedException.corrupt("its character encoding could not be recognised", ex);
		}
	}

	private static List<String> read(BufferedReader reader, ParseLimits limits, ParseDeadline deadline)
			throws IOException {
		List<String> lines = new ArrayList<>();
		long characters = 0;
		for (String line; (line = reader.readLine()) != null;) {
			if (lines.isEmpty() && line.startsWith("\uFEFF")) {
				line = line.substring(1);
			}
			characters += line.length();
			if (characters > limits.maxCharacters()) {
				throw DocumentRejectedException.tooManyCharacters(limits.maxCharacters());
			}
			if ((lines.size() & 1023) == 0) {
				deadline.check();
			}
			lines.add(line);
		}
		return lines;
	}

}
