package io.cairn.inference.extractive;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A sentence or table row that could be part of the answer.
 *
 * @param source the citation number of its source
 * @param sourceOrder the index of its source in the prompt (0 for the best-ranked)
 * @param position its index among the candidates of its source
 * @param text the sentence or row line exactly as the source writes it
 * @param embedText what the encoder reads: the sentence, or a row with its caption and
 * column headers
 * @param terms the content terms it offers (a row: with its column headers)
 * @param captionTerms terms of a row's caption and headings, which every row of the table
 * shares and which therefore count half; empty for a sentence
 * @param numbers the normalised numbers it states (a row: with the years heading its
 * filled cells)
 * @param table the table of a row, {@code null} for a sentence
 * @param row the row, {@code null} for a sentence
 */
record Candidate(int source, int sourceOrder, int position, String text, String embedText, Set<String> terms,
		Set<String> captionTerms, Set<String> numbers, TableText.@Nullable Row row, @Nullable TableText table) {

	boolean isTableRow() {
		return this.row != null;
	}

}
