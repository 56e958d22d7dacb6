package io.cairn.inference.moe.checkpoint;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bytes each token id stands for, read from {@code tokenizer.json}: what streaming
 * decodes and what the JSON constraint matches against. Byte-level BPE vocabularies
 * (GPT-2 style, Qwen, OLMoE) map each byte to a printable character; SentencePiece-style
 * ones (Llama, Mistral) write a space as {@code ▁} and raw bytes as {@code <0xNN>}.
 */
public final class TokenPieces {

	private static final Pattern BYTE_FALLBACK = Pattern.compile("<0x([0-9A-Fa-f]{2})>");

	private static final int[] UNICODE_TO_BYTE = unicodeToByte();

	private final byte[][] pieces;

	private final boolean[] special;

	private final boolean leadingSpaceDropped;

	TokenPieces(byte[][] pieces, boolean[] special, boolean leadingSpaceDropped) {
		this.pieces = pieces;
		this.special = special;
		this.leadingSpaceDropped = leadingSpaceDropped;
	}

	/**
	 * Whether decoding drops the space that starts a text: SentencePiece-style
	 * vocabularies mark a word start with {@code ▁}, so an answer's first word would
	 * otherwise begin with a space.
	 */
	public boolean leadingSpaceDropped() {
		return this.leadingSpaceDropped;
	}

	/**
	 * The bytes of a token; empty for special tokens and ids without a vocabulary entry.
	 */
	public byte[] bytes(int id) {
		return (id >= 0 && id < this.pieces.length) ? this.pieces[id] : new byte[0];
	}

	/** Whether the token is a special (control) token that is never shown as text. */
	public boolean isSpecial(int id) {
		return id >= 0 && id < this.special.length && this.special[id];
	}

	/** The number of ids covered (the model's vocabulary size). */
	public int size() {
		return this.pieces.length;
	}

	/** Decodes a vocabulary entry to bytes according to the tokenizer's byte scheme. */
	static byte[] decode(String token, boolean byteLevel) {
		if (byteLevel) {
			ByteArrayOutputStream out = new ByteArrayOutputStream(token.length());
			for (int i = 0; i < token.length(); i++) {
				char c = token.charAt(i);
				int b = (c < UNICODE_TO_BYTE.length) ? UNICODE_TO_BYTE[c] : -1;
				if (b < 0) {
					// not a byte-level symbol: keep the character itself
					out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
				}
				else {
					out.write(b);
				}
			}
			return out.toByteArray();
		}
		Matcher m = BYTE_FALLBACK.matcher(token);
		if (m.matches()) {
			return new byte[] { (byte) Integer.parseInt(m.group(1), 16) };
		}
		return token.replace('\u2581', ' ').getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * GPT-2's byte-to-unicode table: printable Latin-1 bytes map to themselves, the
	 * others to 256 and up, in order.
	 */
	public static char[] byteToUnicode() {
		char[] table = new char[256];
		int next = 256;
		for (int b = 0; b < 256; b++) {
			boolean printable = (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF);
			table[b] = printable ? (char) b : (char) next++;
		}
		return table;
	}

	private static int[] unicodeToByte() {
		char[] forward = byteToUnicode();
		int[] inverse = new int[512];
		java.util.Arrays.fill(inverse, -1);
		for (int b = 0; b < 256; b++) {
			inverse[forward[b]] = b;
		}
		return inverse;
	}

	/** Collects vocabulary entries before the table is built. */
	static final class Builder {

		private final Map<Integer, byte[]> pieces = new HashMap<>();

		private final Map<Integer, Boolean> special = new HashMap<>();

		void put(int id, byte[] bytes, boolean isSpecial) {
			this.pieces.put(id, bytes);
			this.special.put(id, isSpecial);
		}

		int maxId() {
			return this.pieces.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
		}

		TokenPieces build(int size, boolean leadingSpaceDropped) {
			byte[][] table = new byte[size][];
			boolean[] isSpecial = new boolean[size];
			for (int id = 0; id < size; id++) {
				table[id] = this.pieces.getOrDefault(id, new byte[0]);
				isSpecial[id] = this.special.getOrDefault(id, false);
			}
			return new TokenPieces(table, isSpecial, leadingSpaceDropped);
		}

	}

}
