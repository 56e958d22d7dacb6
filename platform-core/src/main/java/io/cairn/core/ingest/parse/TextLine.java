package io.cairn.core.ingest.parse;

import io.cairn.core.media.Box;
import org.jspecify.annotations.Nullable;

/**
 * One line of text as laid out on a PDF page or in a plain-text file.
 *
 * @param text the line's text
 * @param fontSize the average font size of its characters in points; 0 when unknown
 * @param paragraph the number of the paragraph the line belongs to, increasing down the
 * page
 * @param box where the line sits on its page; null for text without a layout
 */
record TextLine(String text, double fontSize, int paragraph, @Nullable Box box) {

	TextLine(String text, double fontSize, int paragraph) {
		this(text, fontSize, paragraph, null);
	}

}
