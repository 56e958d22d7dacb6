package io.cairn.inference.moe.json;

import java.util.ArrayList;
import java.util.List;

import io.cairn.inference.moe.checkpoint.TokenPieces;

/**
 * The vocabulary's byte pieces as a trie, so that tokens sharing a prefix are checked
 * once.
 */
final class TokenTrie {

	final TokenTrie[] children = new TokenTrie[256];

	final List<Integer> tokens = new ArrayList<>(1);

	static TokenTrie of(TokenPieces pieces) {
		TokenTrie root = new TokenTrie();
		for (int id = 0; id < pieces.size(); id++) {
			byte[] bytes = pieces.bytes(id);
			if (bytes.length == 0 || pieces.isSpecial(id)) {
				continue;
			}
			TokenTrie node = root;
			for (byte b : bytes) {
				int i = b & 0xff;
				if (node.children[i] == null) {
					node.children[i] = new TokenTrie();
				}
				node = node.children[i];
			}
			node.tokens.add(id);
		}
		return root;
	}

}
