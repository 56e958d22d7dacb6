package io.cairn.core.answer.schema;

/** JSON pointer building (RFC 6901). */
final class JsonPointers {

	private JsonPointers() {
	}

	static String child(String pointer, String name) {
		return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
	}

	static String child(String pointer, int index) {
		return pointer + "/" + index;
	}

	/** The pointer as people read it in messages: "/" for the root. */
	static String display(String pointer) {
		return pointer.isEmpty() ? "/" : pointer;
	}

	/** Whether {@code pointer} is {@code ancestor} or lies below it. */
	static boolean within(String pointer, String ancestor) {
		return pointer.equals(ancestor) || pointer.startsWith(ancestor + "/");
	}

}
