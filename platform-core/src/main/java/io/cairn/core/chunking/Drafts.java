package io.cairn.core.chunking;

import java.util.ArrayList;
import java.util.List;

import io.cairn.core.ingest.parse.Element;
import org.jspecify.annotations.Nullable;

/**
 * The chunks cut so far: numbers them and lets the first chunk of a section cover its
 * heading.
 */
final class Drafts {

	private final List<ChunkDraft> drafts = new ArrayList<>();

	private @Nullable Element pendingHeading;

	void startSection(Section section) {
		this.pendingHeading = section.heading();
	}

	void add(String text, int tokens, int pageStart, int pageEnd, List<String> headingPath, int firstOrdinal,
			int lastOrdinal, ChunkContentKind kind) {
		int first = firstOrdinal;
		int fromPage = pageStart;
		Element heading = this.pendingHeading;
		if (heading != null) {
			first = Math.min(first, heading.ordinal());
			fromPage = Math.min(fromPage, heading.page());
			this.pendingHeading = null;
		}
		this.drafts.add(new ChunkDraft(this.drafts.size(), text, tokens, fromPage, pageEnd, headingPath, first,
				lastOrdinal, kind));
	}

	List<ChunkDraft> toList() {
		return List.copyOf(this.drafts);
	}

}
