package io.cairn.inference.moe.decode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns generated token bytes into text deltas: holds back incomplete UTF-8 sequences and
 * the tail that could still become a stop string, and reports when a stop string appears
 * (the stop string itself is not emitted).
 */
final class TextStream {

	private final List<String> stop;

	private final int holdBack;

	private final ByteArrayOutputStream pendingBytes = new ByteArrayOutputStream();

	private final StringBuilder text = new StringBuilder();

	private int emitted;

	private boolean stopped;

	/** Whether the space that starts the text is still to be dropped. */
	private boolean dropLeadingSpace;

	TextStream(List<String> stop) {
		this(stop, false);
	}

	TextStream(List<String> stop, boolean dropLeadingSpace) {
		this.stop = stop;
		this.dropLeadingSpace = dropLeadingSpace;
		this.holdBack = stop.stream().mapToInt(String::length).max().orElse(1) - 1;
	}

	/**
	 * Adds a token's bytes.
	 * @return the text that is now final, possibly empty
	 */
	String add(byte[] bytes) {
		if (this.stopped) {
			return "";
		}
		this.pendingBytes.writeBytes(bytes);
		byte[] pending = this.pendingBytes.toByteArray();
		int complete = completeUtf8Length(pending);
		this.text.append(new String(pending, 0, complete, StandardCharsets.UTF_8));
		if (this.dropLeadingSpace && !this.text.isEmpty()) {
			this.dropLeadingSpace = false;
			if (this.text.charAt(0) == ' ') {
				this.text.deleteCharAt(0);
			}
		}
		this.pendingBytes.reset();
		this.pendingBytes.write(pending, complete, pending.length - complete);
		for (String s : this.stop) {
			int at = this.text.indexOf(s, Math.max(0, this.emitted - s.length()));
			if (!s.isEmpty() && at >= 0) {
				this.stopped = true;
				this.text.setLength(at);
				return take(this.text.length());
			}
		}
		return take(Math.max(this.emitted, this.text.length() - this.holdBack));
	}

	/** Flushes what was held back (at the end of generation). */
	String finish() {
		if (!this.stopped && this.pendingBytes.size() > 0) {
			this.text.append(this.pendingBytes.toString(StandardCharsets.UTF_8));
			this.pendingBytes.reset();
		}
		return take(this.text.length());
	}

	boolean stopped() {
		return this.stopped;
	}

	String text() {
		return this.text.toString();
	}

	private String take(int upTo) {
		String delta = this.text.substring(this.emitted, upTo);
		this.emitted = upTo;
		return delta;
	}

	/** Length of the longest prefix that does not end inside a UTF-8 sequence. */
	static int completeUtf8Length(byte[] bytes) {
		int n = bytes.length;
		for (int back = 1; back <= Math.min(3, n); back++) {
			int b = bytes[n - back] & 0xff;
			if ((b & 0xC0) == 0x80) {
				continue;
			}
			int needed = (b >= 0xF0) ? 4 : (b >= 0xE0) ? 3 : (b >= 0xC0) ? 2 : 1;
			return (needed > back) ? n - back : n;
		}
		return n;
	}

}
