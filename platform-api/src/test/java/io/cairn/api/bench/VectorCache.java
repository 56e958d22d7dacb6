package io.cairn.api.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * Encoded texts kept on disk between runs, so that a re-run skips the encoding: ids,
 * vectors, token counts and how long the encoding took. A file whose ids or dimensions do
 * not match is ignored (and rewritten by the caller).
 */
final class VectorCache {

	private static final int MAGIC = 0xCA1B0E01;

	private VectorCache() {
	}

	/**
	 * Encoded texts.
	 *
	 * @param vectors one per id, in order
	 * @param tokens content tokens of each text in the encoder's tokenizer
	 * @param encodeSeconds wall time the encoding took when it was done
	 */
	record Encoded(float[][] vectors, int[] tokens, double encodeSeconds) {
	}

	static Optional<Encoded> read(Path file, List<String> ids, int dimensions) {
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
			if (in.readInt() != MAGIC || in.readInt() != ids.size() || in.readInt() != dimensions) {
				return Optional.empty();
			}
			double seconds = in.readDouble();
			float[][] vectors = new float[ids.size()][dimensions];
			int[] tokens = new int[ids.size()];
			for (int i = 0; i < ids.size(); i++) {
				if (!in.readUTF().equals(ids.get(i))) {
					return Optional.empty();
				}
				tokens[i] = in.readInt();
				for (int d = 0; d < dimensions; d++) {
					vectors[i][d] = in.readFloat();
				}
			}
			return Optional.of(new Encoded(vectors, tokens, seconds));
		}
		catch (IOException ex) {
			System.err.println("[bench] ignoring unreadable cache " + file + ": " + ex);
			return Optional.empty();
		}
	}

	static void write(Path file, List<String> ids, Encoded encoded) {
		Path partial = file.resolveSibling(file.getFileName() + ".partial");
		try (DataOutputStream out = new DataOutputStream(
				new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16))) {
			int dimensions = (encoded.vectors().length == 0) ? 0 : encoded.vectors()[0].length;
			out.writeInt(MAGIC);
			out.writeInt(ids.size());
			out.writeInt(dimensions);
			out.writeDouble(encoded.encodeSeconds());
			for (int i = 0; i < ids.size(); i++) {
				out.writeUTF(ids.get(i));
				out.writeInt(encoded.tokens()[i]);
				for (float value : encoded.vectors()[i]) {
					out.writeFloat(value);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write " + partial, ex);
		}
		try {
			Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write " + file, ex);
		}
	}

}
