package io.cairn.core.chunking;

/**
 * Counts tokens the way the encoder that will embed a chunk does, so that no chunk is cut
 * off at encoding time.
 */
public interface TokenCounter {

	/** Number of tokens of {@code text}, without the special tokens the encoder adds. */
	int count(String text);

	/**
	 * Largest number of content tokens a chunk may have: the encoder's maximum sequence
	 * length less the special tokens it adds.
	 */
	int maxTokens();

}
