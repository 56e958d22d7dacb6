package io.cairn.inference.moe.json;

import io.cairn.inference.moe.json.SchemaNode.ArrayNode;

/** An array of {@code minItems..maxItems} items, written compactly. */
record ArrayFrame(ArrayNode node, Stage stage, int count) implements Frame {

	enum Stage {

		OPEN, FIRST, AFTER_ITEM, AFTER_COMMA

	}

	static ArrayFrame start(ArrayNode node) {
		return new ArrayFrame(node, Stage.OPEN, 0);
	}

	@Override
	public Step feed(int b) {
		return switch (this.stage) {
			case OPEN -> (b == '[') ? Step.to(at(Stage.FIRST, 0)) : Step.REJECT;
			case FIRST -> {
				if (b == ']') {
					yield (this.node.minItems() == 0) ? Step.done() : Step.REJECT;
				}
				yield (this.node.maxItems() > 0) ? item() : Step.REJECT;
			}
			case AFTER_ITEM -> {
				if (b == ']') {
					yield (this.count >= this.node.minItems()) ? Step.done() : Step.REJECT;
				}
				yield (b == ',' && this.count < this.node.maxItems()) ? Step.to(at(Stage.AFTER_COMMA, this.count))
						: Step.REJECT;
			}
			case AFTER_COMMA -> item();
		};
	}

	/** The byte starts an item: push the item's frame and let it take the byte. */
	private Step item() {
		return Step.push(at(Stage.AFTER_ITEM, this.count + 1), Frame.start(this.node.items()), true);
	}

	private ArrayFrame at(Stage stage, int items) {
		return new ArrayFrame(this.node, stage, items);
	}

	@Override
	public int minRemaining() {
		int item = this.node.items().minLength();
		int min = this.node.minItems();
		return switch (this.stage) {
			case OPEN -> this.node.minLength();
			case FIRST -> (min == 0) ? 1 : min * item + (min - 1) + 1;
			case AFTER_ITEM -> Math.max(0, min - this.count) * (1 + item) + 1;
			case AFTER_COMMA -> item + Math.max(0, min - this.count - 1) * (1 + item) + 1;
		};
	}

}
