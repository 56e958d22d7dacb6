package io.cairn.api.openai;

/** Model names with a meaning of their own. */
final class OpenAiModels {

	/**
	 * The bare generator: answers from the sources given in the messages (Cairn's
	 * grounded prompt format), without retrieval. Not a valid collection name, so it
	 * cannot clash.
	 */
	static final String GENERATOR = "cairn/generator";

	private OpenAiModels() {
	}

}
