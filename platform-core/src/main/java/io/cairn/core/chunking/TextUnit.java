package io.cairn.core.chunking;

/**
 * The smallest thing a text chunk is made of: a sentence, a whole list kept together, or
 * a piece of a sentence too long for any chunk.
 *
 * @param text the unit's text
 * @param tokens its token count on its own
 * @param firstOrdinal first element it comes from
 * @param lastOrdinal last element it comes from
 * @param pageStart first page it is on
 * @param pageEnd last page it is on
 * @param startsParagraph whether it starts a new element, and so a new line in the chunk
 */
record TextUnit(String text, int tokens, int firstOrdinal, int lastOrdinal, int pageStart, int pageEnd,
		boolean startsParagraph) {

}
