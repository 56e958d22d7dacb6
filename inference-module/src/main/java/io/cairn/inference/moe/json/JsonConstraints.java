package io.cairn.inference.moe.json;

import java.util.Set;
import java.util.function.Function;

import io.cairn.inference.moe.checkpoint.TokenPieces;
import io.cairn.inference.moe.decode.TokenConstraint;

/** Makes {@link JsonConstraint}s for one vocabulary (the token trie is built once). */
public final class JsonConstraints implements Function<String, TokenConstraint> {

	private final TokenPieces pieces;

	private final Set<Integer> endTokens;

	private final TokenTrie trie;

	public JsonConstraints(TokenPieces pieces, Set<Integer> endTokens) {
		this.pieces = pieces;
		this.endTokens = Set.copyOf(endTokens);
		this.trie = TokenTrie.of(pieces);
	}

	/**
	 * A constraint for one generation.
	 * @throws UnsupportedSchemaException naming the keyword the decoder cannot enforce
	 */
	@Override
	public JsonConstraint apply(String schema) {
		return new JsonConstraint(SchemaCompiler.compile(schema), this.trie, this.pieces, this.endTokens);
	}

}
