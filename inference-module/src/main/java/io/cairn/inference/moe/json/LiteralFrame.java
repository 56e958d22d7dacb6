package io.cairn.inference.moe.json;

import java.util.List;

import io.cairn.inference.moe.json.SchemaNode.LiteralNode;

/** Matches one of a fixed set of JSON texts (enum, const, true/false, null). */
record LiteralFrame(List<byte[]> candidates, int matched) implements Frame {

	static LiteralFrame start(LiteralNode node) {
		return new LiteralFrame(node.literals(), 0);
	}

	@Override
	public Step feed(int b) {
		List<byte[]> next = this.candidates.stream()
			.filter((c) -> c.length > this.matched && (c[this.matched] & 0xff) == b)
			.toList();
		if (!next.isEmpty()) {
			LiteralFrame advanced = new LiteralFrame(next, this.matched + 1);
			boolean onlyExact = next.stream().allMatch((c) -> c.length == this.matched + 1);
			return onlyExact ? Step.done() : Step.to(advanced);
		}
		return canEnd() ? Step.endedBefore() : Step.REJECT;
	}

	@Override
	public int minRemaining() {
		return this.candidates.stream().mapToInt((c) -> c.length - this.matched).min().orElse(0);
	}

	@Override
	public boolean canEnd() {
		return this.matched > 0 && this.candidates.stream().anyMatch((c) -> c.length == this.matched);
	}

}
