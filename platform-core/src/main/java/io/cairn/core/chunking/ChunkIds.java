package io.cairn.core.chunking;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Deterministic chunk ids,
 * {@code <documentId>-<ordinal>-<first 12 hex digits of sha256(text)>}, so that a retried
 * ingest writes the same ids again instead of duplicating chunks.
 */
public final class ChunkIds {

	private static final int HASH_HEX_DIGITS = 12;

	private ChunkIds() {
	}

	public static String of(long documentId, int ordinal, String text) {
		return documentId + "-" + ordinal + "-" + sha256Hex(text).substring(0, HASH_HEX_DIGITS);
	}

	private static String sha256Hex(String text) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
