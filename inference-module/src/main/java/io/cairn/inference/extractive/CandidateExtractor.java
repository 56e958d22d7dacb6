package io.cairn.inference.extractive;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.cairn.core.answer.GroundedPrompt;
import io.cairn.core.chunking.SentenceSplitter;

/**
 * Splits the sources of a prompt into candidates: the sentences of their prose, and the
 * body rows of their tables (lines with {@code " | "}), each row with its table's caption
 * and column headers.
 */
final class CandidateExtractor {

	/** Fewer content terms than this: a heading or a fragment, not an answer. */
	private static final int MIN_SENTENCE_TERMS = 3;

	/** Lines above a table that are read as its caption and headings. */
	private static final int MAX_CONTEXT_LINES = 3;

	private final SentenceSplitter splitter = new SentenceSplitter();

	List<Candidate> extract(List<GroundedPrompt.Parsed.Source> sources) {
		List<Candidate> candidates = new ArrayList<>();
		for (int order = 0; order < sources.size(); order++) {
			extract(sources.get(order), order, candidates);
		}
		return candidates;
	}

	private void extract(GroundedPrompt.Parsed.Source source, int order, List<Candidate> out) {
		List<String> lines = source.text().lines().toList();
		List<String> prose = new ArrayList<>();
		int position = 0;
		int i = 0;
		while (i < lines.size()) {
			if (!TableText.isRow(lines.get(i))) {
				prose.add(lines.get(i));
				i++;
				continue;
			}
			int end = i;
			while (end < lines.size() && TableText.isRow(lines.get(end))) {
				end++;
			}
			position = addSentences(prose, source.number(), order, position, out);
			List<String> block = new ArrayList<>(
					prose.subList(Math.max(0, prose.size() - MAX_CONTEXT_LINES), prose.size()));
			block.addAll(lines.subList(i, end));
			prose.clear();
			TableText table = TableText.parse(block);
			if (table != null) {
				position = addRows(table, source.number(), order, position, out);
			}
			i = end;
		}
		addSentences(prose, source.number(), order, position, out);
	}

	private int addSentences(List<String> lines, int source, int order, int position, List<Candidate> out) {
		int next = position;
		for (String line : lines) {
			for (String sentence : this.splitter.split(line)) {
				Set<String> terms = Terms.of(sentence);
				if (terms.size() >= MIN_SENTENCE_TERMS) {
					out.add(new Candidate(source, order, next++, sentence, sentence, terms,
							Quantities.numbers(sentence), null, null));
				}
			}
		}
		return next;
	}

	private int addRows(TableText table, int source, int order, int position, List<Candidate> out) {
		int next = position;
		String caption = table.context().isEmpty() ? "" : table.context().lines().toList().getLast() + ". ";
		for (TableText.Row row : table.rows()) {
			StringBuilder embed = new StringBuilder(caption).append(row.label()).append(':');
			Set<String> numbers = new LinkedHashSet<>(Quantities.numbers(row.line()));
			StringBuilder headers = new StringBuilder(table.context());
			for (int column = 1; column < row.cells().size(); column++) {
				String cell = row.cells().get(column);
				String header = table.header(column);
				if (cell.isEmpty()) {
					continue;
				}
				embed.append(' ').append(header).append(' ').append(cell).append(';');
				headers.append(' ').append(header);
				numbers.addAll(Quantities.years(header));
			}
			Set<String> terms = new LinkedHashSet<>(Terms.of(row.line()));
			terms.addAll(Terms.of(headers.toString()));
			out.add(new Candidate(source, order, next++, row.line(), embed.toString().strip(), terms, numbers, row,
					table));
		}
		return next;
	}

}
