package io.cairn.inference.moe.json;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A JSON Schema compiled to what the decoder enforces. Every node knows the length of its
 * shortest valid JSON text, so that a generation can always be closed within its token
 * budget.
 */
sealed interface SchemaNode {

	/** Bytes of the shortest valid value. */
	int minLength();

	/**
	 * An object whose properties are written in schema order; optional ones may be left
	 * out.
	 */
	record ObjectNode(List<Property> properties) implements SchemaNode {

		@Override
		public int minLength() {
			int length = 2;
			int count = 0;
			for (Property p : this.properties) {
				if (p.required()) {
					length += p.keyBytes().length + p.value().minLength();
					count++;
				}
			}
			return length + Math.max(0, count - 1);
		}

	}

	/**
	 * A property.
	 *
	 * @param keyBytes the key as written, with quotes and colon: {@code "name":}
	 */
	record Property(String name, byte[] keyBytes, SchemaNode value, boolean required) {

		static Property of(String name, SchemaNode value, boolean required, String quotedName) {
			return new Property(name, (quotedName + ":").getBytes(StandardCharsets.UTF_8), value, required);
		}

	}

	record ArrayNode(SchemaNode items, int minItems, int maxItems) implements SchemaNode {

		@Override
		public int minLength() {
			return 2 + this.minItems * this.items.minLength() + Math.max(0, this.minItems - 1);
		}

	}

	record StringNode(int minChars, int maxChars) implements SchemaNode {

		@Override
		public int minLength() {
			return 2 + this.minChars;
		}

	}

	record NumberNode(boolean integer) implements SchemaNode {

		@Override
		public int minLength() {
			return 1;
		}

	}

	/** One of several types, told apart by their first byte. */
	record UnionNode(List<SchemaNode> options) implements SchemaNode {

		@Override
		public int minLength() {
			return this.options.stream().mapToInt(SchemaNode::minLength).min().orElse(0);
		}

	}

	/** One of a fixed set of JSON texts: enum, const, boolean, null. */
	record LiteralNode(List<byte[]> literals) implements SchemaNode {

		@Override
		public int minLength() {
			return this.literals.stream().mapToInt((l) -> l.length).min().orElse(0);
		}

	}

}
