package io.cairn.inference.extractive;

import org.jspecify.annotations.Nullable;

/**
 * The exact span that answers a numeric or date question, as written in the source.
 *
 * @param text the span: a table cell ("$1,496.5") or a quantity or date in a sentence
 * ("3.2 billion", "March 3, 2019")
 * @param scale the scale the source states for it ("million", "thousand", "billion",
 * "percent"), if any
 * @param period the period it belongs to (the year of its column, or the question's year
 * found next to it), if known
 */
public record ExactAnswer(String text, @Nullable String scale, @Nullable String period) {
}
