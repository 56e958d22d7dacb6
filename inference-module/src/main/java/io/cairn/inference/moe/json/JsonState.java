package io.cairn.inference.moe.json;

import org.jspecify.annotations.Nullable;

/**
 * The automaton's state: an immutable stack of open values, shared between the states
 * derived from it. The empty stack means the document is complete.
 */
final class JsonState {

	private final @Nullable Frame top;

	private final @Nullable JsonState below;

	/** Cached sum of the frames' minimal remaining bytes. */
	private final int minRemaining;

	private JsonState(@Nullable Frame top, @Nullable JsonState below) {
		this.top = top;
		this.below = below;
		this.minRemaining = ((top != null) ? top.minRemaining() : 0) + ((below != null) ? below.minRemaining : 0);
	}

	static JsonState start(SchemaNode root) {
		return new JsonState(Frame.start(root), null);
	}

	private static JsonState push(@Nullable JsonState below, @Nullable Frame frame) {
		if (frame == null) {
			return (below != null) ? below : new JsonState(null, null);
		}
		return new JsonState(frame, (below != null && below.top != null) ? below : null);
	}

	/** The state after one more byte, or {@code null} when the byte is not allowed. */
	@Nullable JsonState feed(int b) {
		JsonState state = this;
		while (true) {
			Frame frame = state.top;
			if (frame == null) {
				return null;
			}
			Frame.Step step = frame.feed(b);
			if (step == Frame.Step.REJECT) {
				return null;
			}
			JsonState next = push(state.below, step.replacement());
			if (step.child() != null) {
				next = push(next, step.child());
			}
			if (!step.retry()) {
				return next;
			}
			state = next;
		}
	}

	/** Whether the document is complete. */
	boolean complete() {
		return this.top == null;
	}

	/**
	 * Whether the document may end here (complete, or a top-level number or literal that
	 * is).
	 */
	boolean canEnd() {
		return this.top == null || (this.below == null && this.top.canEnd());
	}

	/** Fewest bytes that complete the document. */
	int minRemaining() {
		return this.minRemaining;
	}

}
