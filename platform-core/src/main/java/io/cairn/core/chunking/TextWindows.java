package io.cairn.core.chunking;

import java.util.ArrayList;
import java.util.List;

import io.cairn.core.ingest.parse.ElementKind;

/**
 * Cuts the running text of a section into overlapping windows of whole sentences: each
 * window grows to about the profile's target, and the next one starts with the last
 * sentences of the previous one, up to the overlap. No window goes over the counter's
 * maximum.
 */
final class TextWindows {

	private final TokenCounter counter;

	private final SentenceSplitter sentences;

	private final TokenBoundedSplitter splitter;

	TextWindows(TokenCounter counter, SentenceSplitter sentences) {
		this.counter = counter;
		this.sentences = sentences;
		this.splitter = new TokenBoundedSplitter(counter);
	}

	/** Chunks a run of text pieces (no tables) of one section. */
	void chunk(List<SectionPiece> run, Section section, ChunkPrefix prefix, ChunkingProfile profile, Drafts out) {
		int hardCap = Math.max(1, this.counter.maxTokens() - prefix.tokens());
		int target = Math.max(1, Math.min(profile.targetTokens(), this.counter.maxTokens()) - prefix.tokens());
		List<TextUnit> units = units(run, profile, target, hardCap);
		int start = 0;
		int previousEnd = 0;
		while (start < units.size()) {
			int minEnd = Math.max(start + 1, previousEnd + 1);
			int end = shrinkToMax(units, start, grow(units, start, minEnd, target), prefix);
			if (end < minEnd) {
				// The overlap left no room for anything new: start the window after the
				// overlap.
				start = previousEnd;
				continue;
			}
			emit(units.subList(start, end), section, prefix, out);
			if (end >= units.size()) {
				return;
			}
			previousEnd = end;
			start = overlapStart(units, start, end, profile.overlapTokens());
		}
	}

	/**
	 * The end of a window that starts at {@code start}: as many units as fit the target,
	 * at least {@code minEnd}.
	 */
	private static int grow(List<TextUnit> units, int start, int minEnd, int target) {
		int end = start;
		int tokens = 0;
		while (end < units.size() && (end < minEnd || tokens + units.get(end).tokens() <= target)) {
			tokens += units.get(end).tokens();
			end++;
		}
		return end;
	}

	/**
	 * Token counts of separate sentences only approximate the whole: drops units from the
	 * end until the real text is within the maximum, keeping at least one.
	 */
	private int shrinkToMax(List<TextUnit> units, int start, int end, ChunkPrefix prefix) {
		int fitted = end;
		while (fitted > start + 1
				&& this.counter.count(render(units.subList(start, fitted), prefix)) > this.counter.maxTokens()) {
			fitted--;
		}
		return fitted;
	}

	/**
	 * The last whole units of the window that fit the overlap, never the whole window.
	 */
	private static int overlapStart(List<TextUnit> units, int start, int end, int overlapTokens) {
		int next = end;
		int tokens = 0;
		while (next - 1 > start && tokens + units.get(next - 1).tokens() <= overlapTokens) {
			next--;
			tokens += units.get(next).tokens();
		}
		return next;
	}

	private void emit(List<TextUnit> window, Section section, ChunkPrefix prefix, Drafts out) {
		String text = render(window, prefix);
		int tokens = this.counter.count(text);
		if (tokens > this.counter.maxTokens()) {
			// Only a single unit gets here, when the prefix and the unit do not add up
			// exactly.
			TextUnit unit = window.getFirst();
			int cap = Math.max(1, unit.tokens() - (tokens - this.counter.maxTokens()) - 1);
			List<String> pieces = this.splitter.split(unit.text(), cap);
			if (pieces.size() > 1) {
				for (String piece : pieces) {
					emit(List.of(withText(unit, piece)), section, prefix, out);
				}
				return;
			}
			// The unit cannot be cut any further: the heading path gives way.
			text = unit.text();
			tokens = this.counter.count(text);
		}
		out.add(text, tokens, window.stream().mapToInt(TextUnit::pageStart).min().orElseThrow(),
				window.stream().mapToInt(TextUnit::pageEnd).max().orElseThrow(), section.headingPath(),
				window.getFirst().firstOrdinal(), window.getLast().lastOrdinal(), ChunkContentKind.TEXT);
	}

	private TextUnit withText(TextUnit unit, String text) {
		return new TextUnit(text, this.counter.count(text), unit.firstOrdinal(), unit.lastOrdinal(), unit.pageStart(),
				unit.pageEnd(), unit.startsParagraph());
	}

	static String render(List<TextUnit> window, ChunkPrefix prefix) {
		StringBuilder text = new StringBuilder(prefix.text());
		for (int i = 0; i < window.size(); i++) {
			TextUnit unit = window.get(i);
			if (i > 0) {
				String before = text.toString();
				if (unit.startsParagraph()) {
					text.append('\n');
				}
				else if (!(SentenceSplitter.isCjk(before.codePointBefore(before.length()))
						&& SentenceSplitter.isCjk(unit.text().codePointAt(0)))) {
					text.append(' ');
				}
			}
			text.append(unit.text());
		}
		return text.toString();
	}

	/**
	 * Sentences (or whole lists) with their token counts; sentences over the cap are cut
	 * into pieces.
	 */
	private List<TextUnit> units(List<SectionPiece> run, ChunkingProfile profile, int target, int hardCap) {
		List<TextUnit> units = new ArrayList<>();
		int i = 0;
		while (i < run.size()) {
			SectionPiece piece = run.get(i);
			if (piece.kind() == ElementKind.LIST_ITEM && profile.keepListsTogether()) {
				int end = i;
				while (end < run.size() && run.get(end).kind() == ElementKind.LIST_ITEM) {
					end++;
				}
				List<SectionPiece> list = run.subList(i, end);
				String whole = String.join("\n", list.stream().map(SectionPiece::text).toList());
				int tokens = this.counter.count(whole);
				if (list.size() > 1 && tokens <= target) {
					units.add(new TextUnit(whole, tokens, list.getFirst().ordinal(), list.getLast().ordinal(),
							list.stream().mapToInt(SectionPiece::page).min().orElseThrow(),
							list.stream().mapToInt(SectionPiece::page).max().orElseThrow(), true));
					i = end;
					continue;
				}
			}
			addSentences(piece, hardCap, units);
			i++;
		}
		return units;
	}

	private void addSentences(SectionPiece piece, int hardCap, List<TextUnit> units) {
		boolean first = true;
		for (String sentence : this.sentences.split(piece.text())) {
			int tokens = this.counter.count(sentence);
			List<String> parts = (tokens <= hardCap) ? List.of(sentence) : this.splitter.split(sentence, hardCap);
			for (String part : parts) {
				int partTokens = (parts.size() == 1) ? tokens : this.counter.count(part);
				units.add(new TextUnit(part, partTokens, piece.ordinal(), piece.ordinal(), piece.page(), piece.page(),
						first));
				first = false;
			}
		}
	}

}
