package io.cairn.api.bench;

import java.util.List;
import java.util.Locale;

import io.cairn.core.retrieval.SearchResult;

/**
 * Evidence recall of retrieved chunks for a TAT-QA question: its evidence units are the
 * table (when the answer comes from it) and its relevant paragraphs. A paragraph is found
 * when a chunk contains its first words (about 80 characters); the table when a chunk of
 * the context's document contains one of its body rows. Texts are compared lower case
 * with every run of non-alphanumerics as one space, so that cell separators and line
 * breaks do not matter.
 */
final class EvidenceRecall {

	private static final int PREFIX_CHARACTERS = 80;

	private EvidenceRecall() {
	}

	/** Found units / units, or NaN when the question names none. */
	static double recall(TatQa.Context context, TatQa.Question question, long documentId,
			List<SearchResult> retrieved) {
		List<String> texts = retrieved.stream().map((result) -> plain(result.chunk().text())).toList();
		int units = 0;
		int found = 0;
		if (question.usesTable()) {
			units++;
			List<String> rows = TatQaDocuments.bodyRows(context)
				.stream()
				.map((row) -> plain(String.join(" ", row)))
				.filter((row) -> !row.isEmpty())
				.toList();
			boolean table = false;
			for (int i = 0; i < retrieved.size() && !table; i++) {
				String text = texts.get(i);
				table = retrieved.get(i).chunk().documentId() == documentId && rows.stream().anyMatch(text::contains);
			}
			found += table ? 1 : 0;
		}
		for (int order : question.relParagraphs()) {
			units++;
			String prefix = prefix(plain(context.paragraph(order).text()));
			found += texts.stream().anyMatch((text) -> text.contains(prefix)) ? 1 : 0;
		}
		return (units == 0) ? Double.NaN : (double) found / units;
	}

	static String plain(String text) {
		return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

	private static String prefix(String text) {
		if (text.length() <= PREFIX_CHARACTERS) {
			return text;
		}
		int cut = text.lastIndexOf(' ', PREFIX_CHARACTERS);
		return text.substring(0, (cut > 0) ? cut : PREFIX_CHARACTERS);
	}

}
