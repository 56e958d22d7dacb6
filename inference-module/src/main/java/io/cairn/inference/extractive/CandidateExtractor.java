package io.cairn.inference.extractive;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.cairn.core.answer.GroundedPrompt;
import io.cairn.core.chunking.SentenceSplitter;

/**
 * Splits the sources of a prompt into candidates: the sentences of their prose, and the
 * body rows of their tables (lines with {@code " | "}), each row with its table's column
 * headers (and, for the encoder, its caption). Caption and heading lines right above a
 * table (lines that do not end a sentence) are not candidates.
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
			int captionStart = prose.size();
			while (captionStart > 0 && prose.size() - captionStart < MAX_CONTEXT_LINES
					&& !endsSentence(prose.get(captionStart - 1))) {
				captionStart--;
			}
			// Captions and headings above a table describe it; they do not answer.
			position = addSentences(prose.subList(0, captionStart), source.number(), order, position, out);
			List<String> block = new ArrayList<>(prose.subList(captionStart, prose.size()));
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

	private static boolean endsSentence(String line) {
		String stripped = line.strip();
		return stripped.isEmpty() || ".!?。！？".indexOf(stripped.charAt(stripped.length() - 1)) >= 0;
	}

	private int addSentences(List<String> lines, int source, int order, int position, List<Candidate> out) {
		int next = position;
		for (String line : lines) {
			for (String sentence : this.splitter.split(line)) {
				Set<String> terms = Terms.of(sentence);
				if (terms.size() >= MIN_SENTENCE_TERMS) {
					out.add(new Candidate(source, order, next++, sentence, sentence, terms, Set.of(),
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
			// The caption is shared by every row: only the label and headers tell rows
			// apart.
			StringBuilder headers = new StringBuilder();
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
			out.add(new Candidate(source, order, next++, row.line(), embed.toString().strip(), terms,
					Terms.of(table.context()), numbers, row, table));
		}
		return next;
	}

}
