package io.cairn.core.answer.schema;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a field is about, as words: those of its name, those of its title and description,
 * and those of its parents (context only). Decides whether a passage speaks about the
 * field.
 *
 * @param name terms of the property name (for booleans without "has", "is"...)
 * @param described terms of the title and description not already in {@code name}
 * @param parents terms of the enclosing property names
 * @param hints every word of name, description, title and instructions (years, periods)
 * used to pick among table columns
 */
record FieldTerms(Set<String> name, Set<String> described, Set<String> parents, Set<String> hints) {

	static FieldTerms of(String name, SchemaNode schema, List<String> parentNames, String instructions) {
		Set<String> nameTerms = Words.terms(name);
		if (nameTerms.isEmpty()) {
			// "name", "companyName": the stop words are all there is
			nameTerms = Words.all(name);
		}
		Set<String> described = Words.terms(schema.title() + " " + schema.description());
		described.removeAll(nameTerms);
		Set<String> parents = new LinkedHashSet<>();
		parentNames.forEach((parent) -> parents.addAll(Words.terms(parent)));
		parents.removeAll(nameTerms);
		Set<String> hints = Words.all(name + " " + schema.title() + " " + schema.description() + " " + instructions);
		return new FieldTerms(nameTerms, described, parents, hints);
	}

	private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");

	/**
	 * How well {@code words} cover the field: the better of the name coverage and the
	 * title/description coverage, from 0 to 1. Years do not count: they choose the table
	 * column or sentence among those about the field ({@link #hints}), so
	 * "totalSales2019" is covered by the row "Total sales".
	 */
	double coverage(Set<String> words) {
		return Math.max(fraction(withoutYears(this.name), words), fraction(withoutYears(this.described), words));
	}

	private static Set<String> withoutYears(Set<String> terms) {
		Set<String> kept = new LinkedHashSet<>(terms);
		kept.removeIf((term) -> YEAR.matcher(term).matches());
		return kept.isEmpty() ? terms : kept;
	}

	/**
	 * A ranking score among passages that passed {@link #coverage}: name words count
	 * twice, described words once, parent words a quarter; words found only in the
	 * passage's context (a table's caption and header) count half.
	 */
	double weight(Set<String> words, Set<String> context) {
		double inContext = 0;
		for (String term : all()) {
			inContext += (!words.contains(term) && context.contains(term)) ? 0.5 : 0;
		}
		return 2 * count(this.name, words) + count(this.described, words) + 0.25 * count(this.parents, words)
				+ inContext;
	}

	/** Every term, for building a query. */
	Set<String> all() {
		Set<String> all = new LinkedHashSet<>(this.name);
		all.addAll(this.described);
		return all;
	}

	private static double fraction(Set<String> terms, Set<String> words) {
		return terms.isEmpty() ? 0 : (double) count(terms, words) / terms.size();
	}

	private static int count(Set<String> terms, Set<String> words) {
		int found = 0;
		for (String term : terms) {
			if (words.contains(term)) {
				found++;
			}
		}
		return found;
	}

}
