package io.cairn.encoders.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

final class TextEncodersTestSupport {

	private TextEncodersTestSupport() {
	}

	static byte[] modelBytes(TextEncoderModel model) {
		return resource(((ModelSource.Classpath) model.source()).model());
	}

	static byte[] tokenizerBytes(TextEncoderModel model) {
		return resource(((ModelSource.Classpath) model.source()).tokenizer());
	}

	/**
	 * Writes a bundled model as a user model directory ({@code model.onnx},
	 * {@code tokenizer.json}).
	 */
	static Path copyToDirectory(TextEncoderModel model, Path dir) throws IOException {
		Files.write(dir.resolve("model.onnx"), modelBytes(model));
		Files.write(dir.resolve("tokenizer.json"), tokenizerBytes(model));
		return dir;
	}

	private static byte[] resource(String name) {
		try (InputStream in = TextEncodersTestSupport.class.getClassLoader().getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("missing resource " + name);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
