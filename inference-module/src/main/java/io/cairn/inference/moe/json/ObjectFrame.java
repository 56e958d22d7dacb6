package io.cairn.inference.moe.json;

import java.util.ArrayList;
import java.util.List;

import io.cairn.inference.moe.json.SchemaNode.ObjectNode;
import io.cairn.inference.moe.json.SchemaNode.Property;

/**
 * An object written compactly with its properties in schema order: optional properties
 * may be skipped, required ones may not, so the object always validates.
 *
 * @param next index of the first property that may still be written
 * @param alive while matching a key: the properties whose {@code "name":} still fits
 * @param matched while matching a key: bytes of it matched so far
 */
record ObjectFrame(ObjectNode node, Stage stage, int next, List<Integer> alive, int matched) implements Frame {

	enum Stage {

		OPEN, FIRST, KEY, AFTER_VALUE, AFTER_COMMA

	}

	static ObjectFrame start(ObjectNode node) {
		return new ObjectFrame(node, Stage.OPEN, 0, List.of(), 0);
	}

	@Override
	public Step feed(int b) {
		return switch (this.stage) {
			case OPEN -> (b == '{') ? Step.to(at(Stage.FIRST, 0)) : Step.REJECT;
			case FIRST -> (b == '}' && noRequiredFrom(0)) ? Step.done() : key(candidates(0), 0, b);
			case AFTER_VALUE -> {
				if (b == '}' && noRequiredFrom(this.next)) {
					yield Step.done();
				}
				yield (b == ',' && !candidates(this.next).isEmpty()) ? Step.to(at(Stage.AFTER_COMMA, this.next))
						: Step.REJECT;
			}
			case AFTER_COMMA -> key(candidates(this.next), 0, b);
			case KEY -> key(this.alive, this.matched, b);
		};
	}

	private Step key(List<Integer> candidates, int position, int b) {
		List<Integer> still = new ArrayList<>();
		for (int j : candidates) {
			byte[] key = property(j).keyBytes();
			if (key.length > position && (key[position] & 0xff) == b) {
				if (key.length == position + 1) {
					// keys end with '":', so a complete key is the only candidate left
					return Step.push(at(Stage.AFTER_VALUE, j + 1), Frame.start(property(j).value()), false);
				}
				still.add(j);
			}
		}
		return still.isEmpty() ? Step.REJECT
				: Step.to(new ObjectFrame(this.node, Stage.KEY, this.next, List.copyOf(still), position + 1));
	}

	/**
	 * Properties that may be written next: from {@code from} up to the first required
	 * one.
	 */
	private List<Integer> candidates(int from) {
		List<Integer> candidates = new ArrayList<>();
		for (int j = from; j < this.node.properties().size(); j++) {
			candidates.add(j);
			if (property(j).required()) {
				break;
			}
		}
		return candidates;
	}

	private boolean noRequiredFrom(int from) {
		for (int j = from; j < this.node.properties().size(); j++) {
			if (property(j).required()) {
				return false;
			}
		}
		return true;
	}

	private Property property(int j) {
		return this.node.properties().get(j);
	}

	private ObjectFrame at(Stage stage, int index) {
		return new ObjectFrame(this.node, stage, index, List.of(), 0);
	}

	@Override
	public int minRemaining() {
		return switch (this.stage) {
			case OPEN -> this.node.minLength();
			case FIRST -> noRequiredFrom(0) ? 1 : rest(0) - 1;
			case AFTER_VALUE -> rest(this.next);
			case AFTER_COMMA -> cheapestProperty(candidates(this.next), 0);
			case KEY -> cheapestProperty(this.alive, this.matched);
		};
	}

	private int cheapestProperty(List<Integer> candidates, int matchedBytes) {
		int best = Integer.MAX_VALUE;
		for (int j : candidates) {
			Property p = property(j);
			best = Math.min(best, p.keyBytes().length - matchedBytes + p.value().minLength() + rest(j + 1));
		}
		return best;
	}

	/** Bytes to close the object after a value: each required property left, then '}'. */
	private int rest(int from) {
		int length = 1;
		for (int j = from; j < this.node.properties().size(); j++) {
			Property p = property(j);
			if (p.required()) {
				length += 1 + p.keyBytes().length + p.value().minLength();
			}
		}
		return length;
	}

}
