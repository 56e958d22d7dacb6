package io.cairn.inference.moe.json;

import java.util.BitSet;
import java.util.Set;

import io.cairn.inference.moe.checkpoint.TokenPieces;
import io.cairn.inference.moe.decode.TokenConstraint;

/**
 * Constrains generation to JSON that validates against a schema: a token is allowed when
 * all of its bytes are accepted by the automaton and the document can still be closed
 * within the remaining token budget (every single byte is a token in byte-level and
 * byte-fallback vocabularies, so a budget of {@code n} tokens closes any document that
 * needs at most {@code n} bytes).
 */
public final class JsonConstraint implements TokenConstraint {

	private final TokenTrie trie;

	private final TokenPieces pieces;

	private final Set<Integer> endTokens;

	private JsonState state;

	private boolean ended;

	JsonConstraint(SchemaNode schema, TokenTrie trie, TokenPieces pieces, Set<Integer> endTokens) {
		this.trie = trie;
		this.pieces = pieces;
		this.endTokens = endTokens;
		this.state = JsonState.start(schema);
	}

	/** Fewest tokens the schema's shortest valid document needs. */
	@Override
	public int minTokens() {
		return this.state.minRemaining();
	}

	@Override
	public BitSet allowed(int remainingTokens) {
		BitSet allowed = new BitSet(this.pieces.size());
		collect(this.trie, this.state, remainingTokens - 1, allowed);
		if (this.state.canEnd()) {
			this.endTokens.forEach(allowed::set);
		}
		return allowed;
	}

	private void collect(TokenTrie node, JsonState current, int budgetAfter, BitSet allowed) {
		for (int b = 0; b < 256; b++) {
			TokenTrie child = node.children[b];
			if (child == null) {
				continue;
			}
			JsonState next = current.feed(b);
			if (next == null) {
				continue;
			}
			if (next.minRemaining() <= budgetAfter) {
				child.tokens.forEach(allowed::set);
			}
			collect(child, next, budgetAfter, allowed);
		}
	}

	@Override
	public void accept(int token) {
		if (this.endTokens.contains(token)) {
			this.ended = true;
			return;
		}
		JsonState next = this.state;
		for (byte b : this.pieces.bytes(token)) {
			next = (next != null) ? next.feed(b & 0xff) : null;
		}
		if (next == null) {
			throw new IllegalStateException("token " + token + " is not allowed by the JSON schema");
		}
		this.state = next;
	}

	@Override
	public boolean complete() {
		return this.ended || this.state.complete();
	}

}
