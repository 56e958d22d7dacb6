package io.cairn.inference.moe.json;

import io.cairn.inference.moe.json.SchemaNode.NumberNode;

/**
 * {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?}, with at most 15 integer and 6 fraction digits so
 * that every number ends; no exponent.
 */
record NumberFrame(boolean integer, Stage stage, int digits) implements Frame {

	static final int MAX_INTEGER_DIGITS = 15;

	static final int MAX_FRACTION_DIGITS = 6;

	enum Stage {

		START, MINUS, ZERO, INTEGER, DOT, FRACTION

	}

	static NumberFrame start(NumberNode node) {
		return new NumberFrame(node.integer(), Stage.START, 0);
	}

	@Override
	public Step feed(int b) {
		boolean digit = b >= '0' && b <= '9';
		return switch (this.stage) {
			case START -> (b == '-') ? Step.to(at(Stage.MINUS, 0)) : firstDigit(b, digit);
			case MINUS -> firstDigit(b, digit);
			case ZERO -> (b == '.' && !this.integer) ? Step.to(at(Stage.DOT, 0)) : Step.endedBefore();
			case INTEGER -> {
				if (digit && this.digits < MAX_INTEGER_DIGITS) {
					yield Step.to(at(Stage.INTEGER, this.digits + 1));
				}
				yield (b == '.' && !this.integer) ? Step.to(at(Stage.DOT, 0))
						: digit ? Step.REJECT : Step.endedBefore();
			}
			case DOT -> digit ? Step.to(at(Stage.FRACTION, 1)) : Step.REJECT;
			case FRACTION -> {
				if (digit) {
					yield (this.digits < MAX_FRACTION_DIGITS) ? Step.to(at(Stage.FRACTION, this.digits + 1))
							: Step.REJECT;
				}
				yield Step.endedBefore();
			}
		};
	}

	private Step firstDigit(int b, boolean digit) {
		if (!digit) {
			return Step.REJECT;
		}
		return Step.to((b == '0') ? at(Stage.ZERO, 1) : at(Stage.INTEGER, 1));
	}

	private NumberFrame at(Stage next, int count) {
		return new NumberFrame(this.integer, next, count);
	}

	@Override
	public int minRemaining() {
		return switch (this.stage) {
			case START, MINUS, DOT -> 1;
			default -> 0;
		};
	}

	@Override
	public boolean canEnd() {
		return this.stage == Stage.ZERO || this.stage == Stage.INTEGER || this.stage == Stage.FRACTION;
	}

}
