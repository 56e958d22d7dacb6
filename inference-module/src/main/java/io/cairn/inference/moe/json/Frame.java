package io.cairn.inference.moe.json;

import io.cairn.inference.moe.json.SchemaNode.ArrayNode;
import io.cairn.inference.moe.json.SchemaNode.LiteralNode;
import io.cairn.inference.moe.json.SchemaNode.NumberNode;
import io.cairn.inference.moe.json.SchemaNode.ObjectNode;
import io.cairn.inference.moe.json.SchemaNode.StringNode;
import org.jspecify.annotations.Nullable;

/**
 * One open JSON value on the automaton's stack. Frames are immutable, so a state can be
 * shared by every token that is tried from it.
 */
interface Frame {

	/** Feeds one byte ({@code 0..255}); {@link Step#REJECT} when it cannot come next. */
	Step feed(int b);

	/** Fewest bytes that close this value from here (not counting enclosing values). */
	int minRemaining();

	/** Whether the value could end here (numbers and literals that are complete). */
	default boolean canEnd() {
		return false;
	}

	/** A fresh frame expecting the first byte of a value of {@code node}. */
	static Frame start(SchemaNode node) {
		return switch (node) {
			case ObjectNode object -> ObjectFrame.start(object);
			case ArrayNode array -> ArrayFrame.start(array);
			case StringNode string -> StringFrame.start(string);
			case NumberNode number -> NumberFrame.start(number);
			case LiteralNode literal -> LiteralFrame.start(literal);
			case SchemaNode.UnionNode union -> new UnionFrame(union);
		};
	}

	/**
	 * What a byte did.
	 *
	 * @param replacement the frame that replaces this one, {@code null} to pop it
	 * @param child a frame pushed above the replacement, or {@code null}
	 * @param retry whether the byte was not consumed: it is fed again to the new top
	 */
	record Step(@Nullable Frame replacement, @Nullable Frame child, boolean retry) {

		static final Step REJECT = new Step(null, null, false);

		static Step to(Frame replacement) {
			return new Step(replacement, null, false);
		}

		static Step done() {
			return new Step(null, null, false);
		}

		/** This value ended just before the byte; its parent must take the byte. */
		static Step endedBefore() {
			return new Step(null, null, true);
		}

		static Step push(Frame replacement, Frame child, boolean retry) {
			return new Step(replacement, child, retry);
		}

	}

}
