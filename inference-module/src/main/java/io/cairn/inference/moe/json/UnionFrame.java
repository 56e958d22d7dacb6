package io.cairn.inference.moe.json;

import io.cairn.inference.moe.json.SchemaNode.UnionNode;

/**
 * A value of one of several types ({@code "type": ["string", "null"]}): the first byte
 * tells which, and the frame gives way to that type's frame.
 */
record UnionFrame(UnionNode node) implements Frame {

	@Override
	public Step feed(int b) {
		for (SchemaNode option : this.node.options()) {
			Frame candidate = Frame.start(option);
			if (candidate.feed(b) != Step.REJECT) {
				return new Step(candidate, null, true);
			}
		}
		return Step.REJECT;
	}

	@Override
	public int minRemaining() {
		return this.node.minLength();
	}

}
