package io.cairn.inference.moe.json;

import io.cairn.inference.moe.json.SchemaNode.StringNode;

/**
 * A JSON string of {@code minChars..maxChars} code points, written without escapes (no
 * quote, backslash or control characters inside), in well-formed UTF-8.
 *
 * @param chars code points so far
 * @param pending continuation bytes the current UTF-8 sequence still needs
 * @param low lowest byte the next continuation byte may be
 * @param high highest byte the next continuation byte may be
 */
record StringFrame(int minChars, int maxChars, boolean open, int chars, int pending, int low,
		int high) implements Frame {

	static StringFrame start(StringNode node) {
		return new StringFrame(node.minChars(), node.maxChars(), false, 0, 0, 0x80, 0xBF);
	}

	@Override
	public Step feed(int b) {
		if (!this.open) {
			return (b == '"') ? Step.to(new StringFrame(this.minChars, this.maxChars, true, 0, 0, 0x80, 0xBF))
					: Step.REJECT;
		}
		if (this.pending > 0) {
			if (b < this.low || b > this.high) {
				return Step.REJECT;
			}
			return Step.to(with(this.chars, this.pending - 1, 0x80, 0xBF));
		}
		if (b == '"') {
			return (this.chars >= this.minChars) ? Step.done() : Step.REJECT;
		}
		if (b < 0x20 || b == '\\' || b == 0x7F || this.chars >= this.maxChars) {
			return Step.REJECT;
		}
		if (b < 0x80) {
			return Step.to(with(this.chars + 1, 0, 0x80, 0xBF));
		}
		// a UTF-8 lead byte: how many continuation bytes follow and the range of the
		// first
		if (b >= 0xC2 && b <= 0xDF) {
			return Step.to(with(this.chars + 1, 1, 0x80, 0xBF));
		}
		if (b >= 0xE0 && b <= 0xEF) {
			int low = (b == 0xE0) ? 0xA0 : 0x80;
			int high = (b == 0xED) ? 0x9F : 0xBF;
			return Step.to(with(this.chars + 1, 2, low, high));
		}
		if (b >= 0xF0 && b <= 0xF4) {
			int low = (b == 0xF0) ? 0x90 : 0x80;
			int high = (b == 0xF4) ? 0x8F : 0xBF;
			return Step.to(with(this.chars + 1, 3, low, high));
		}
		return Step.REJECT;
	}

	private StringFrame with(int newChars, int newPending, int newLow, int newHigh) {
		return new StringFrame(this.minChars, this.maxChars, true, newChars, newPending, newLow, newHigh);
	}

	@Override
	public int minRemaining() {
		if (!this.open) {
			return 2 + this.minChars;
		}
		return this.pending + Math.max(0, this.minChars - this.chars) + 1;
	}

}
