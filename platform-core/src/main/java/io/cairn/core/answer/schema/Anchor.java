package io.cairn.core.answer.schema;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.cairn.core.answer.schema.Passage.Cell;
import io.cairn.core.answer.schema.Passage.Row;
import org.jspecify.annotations.Nullable;

/**
 * Where in a passage the field is spoken of, and which column of a row holds its value.
 */
final class Anchor {

	private Anchor() {
	}

	/**
	 * End offset (in {@code text}) of the first mention of one of the field's name terms
	 * (else of its described terms); 0 when none is found.
	 */
	static int after(String text, FieldTerms terms) {
		int[] mention = mention(text, terms);
		return (mention != null) ? mention[1] : 0;
	}

	/**
	 * Start and end of the first mention of one of the field's name terms (else of its
	 * described terms), or null.
	 */
	static int @Nullable [] mention(String text, FieldTerms terms) {
		int[] found = first(text, terms.name());
		return (found != null) ? found : first(text, terms.described());
	}

	/** Characters between a span and the mention: 0 when they touch. */
	static int distance(int[] mention, int start, int end) {
		return (start >= mention[1]) ? start - mention[1] : (end <= mention[0]) ? mention[0] - end : 0;
	}

	/**
	 * The value cell of a row: the first one whose header shares a word with the field's
	 * description or the instructions ("2019"), else the first that {@code accepts}.
	 */
	static @Nullable Cell valueCell(Row row, FieldTerms terms, java.util.function.Predicate<String> accepts) {
		for (int i = 1; i < row.cells().size() && i < row.header().size(); i++) {
			Set<String> headerWords = Words.all(row.header().get(i));
			headerWords.retainAll(terms.hints());
			if (!headerWords.isEmpty() && accepts.test(row.cells().get(i).text())) {
				return row.cells().get(i);
			}
		}
		for (Cell cell : row.cells().subList(1, row.cells().size())) {
			if (accepts.test(cell.text())) {
				return cell;
			}
		}
		return null;
	}

	private static int @Nullable [] first(String text, Set<String> terms) {
		String lower = text.toLowerCase(Locale.ROOT);
		int[] best = null;
		for (String term : terms) {
			Matcher matcher = Pattern.compile("\\b" + Pattern.quote(term) + "\\w*").matcher(lower);
			if (matcher.find() && (best == null || matcher.start() < best[0])) {
				best = new int[] { matcher.start(), matcher.end() };
			}
		}
		return best;
	}

}
