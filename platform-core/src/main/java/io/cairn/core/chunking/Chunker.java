package io.cairn.core.chunking;

import java.util.ArrayList;
import java.util.List;

import io.cairn.core.ingest.parse.Element;
import io.cairn.core.ingest.parse.ElementKind;

/**
 * Cuts a document's elements into retrieval chunks: sentence-aware windows of about the
 * profile's target size that overlap by whole sentences, counted with the encoder's own
 * tokens and never over its maximum. A chunk stays within one section (heading, or a line
 * matching the profile's section patterns) and starts with the section's heading path.
 * Tables are chunks of their own, split between rows with the header repeated when they
 * are too big. The same elements and profile always give the same chunks. Thread-safe.
 */
public final class Chunker {

	private final TokenCounter counter;

	private final TextWindows textWindows;

	private final TableChunks tableChunks;

	public Chunker(TokenCounter counter) {
		if (counter.maxTokens() < 1) {
			throw new IllegalArgumentException("the token counter's maxTokens must be positive");
		}
		this.counter = counter;
		this.textWindows = new TextWindows(counter, new SentenceSplitter());
		this.tableChunks = new TableChunks(counter);
	}

	/**
	 * Chunks a document.
	 * @param elements the document's elements in reading order
	 * @param profile how to cut them
	 * @return the chunks in document order, numbered from 0
	 */
	public List<ChunkDraft> chunk(List<Element> elements, ChunkingProfile profile) {
		Drafts out = new Drafts();
		List<Section> sections = Section.of(elements, profile);
		for (int i = 0; i < sections.size(); i++) {
			Section section = sections.get(i);
			ChunkPrefix prefix = ChunkPrefix.of(section.headingPath(), this.counter);
			out.startSection(section);
			if (section.pieces().isEmpty()) {
				boolean hasSubsections = i + 1 < sections.size() && section.isAncestorOf(sections.get(i + 1));
				if (!hasSubsections) {
					addHeadingOnly(section, prefix, out);
				}
				continue;
			}
			chunkSection(section, prefix, profile, out);
		}
		return out.toList();
	}

	private void chunkSection(Section section, ChunkPrefix prefix, ChunkingProfile profile, Drafts out) {
		List<SectionPiece> run = new ArrayList<>();
		for (SectionPiece piece : section.pieces()) {
			if (piece.kind() == ElementKind.TABLE && piece.table() != null) {
				flushRun(run, section, prefix, profile, out);
				this.tableChunks.chunk(piece, piece.table(), section, prefix, profile, out);
			}
			else {
				run.add(piece);
			}
		}
		flushRun(run, section, prefix, profile, out);
	}

	private void flushRun(List<SectionPiece> run, Section section, ChunkPrefix prefix, ChunkingProfile profile,
			Drafts out) {
		if (!run.isEmpty()) {
			this.textWindows.chunk(List.copyOf(run), section, prefix, profile, out);
			run.clear();
		}
	}

	/** A heading with nothing under it, not even subsections, is still searchable. */
	private void addHeadingOnly(Section section, ChunkPrefix prefix, Drafts out) {
		Element heading = section.heading();
		if (heading == null) {
			return;
		}
		String text = prefix.text().strip();
		out.add(text, this.counter.count(text), heading.page(), heading.page(), section.headingPath(),
				heading.ordinal(), heading.ordinal(), ChunkContentKind.TEXT);
	}

}
