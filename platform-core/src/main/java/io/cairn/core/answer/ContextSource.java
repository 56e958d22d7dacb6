package io.cairn.core.answer;

import io.cairn.core.ingest.StoredChunk;

/**
 * One retrieved chunk as the generator sees it: numbered, so that the answer can cite it
 * as {@code [number]}.
 *
 * @param number 1-based citation number
 * @param chunk the chunk with its provenance
 * @param documentTitle title of the chunk's document
 */
public record ContextSource(int number, StoredChunk chunk, String documentTitle) {

	/** Pages as a reader writes them: "4" or "4-6". */
	public String pages() {
		return (this.chunk.pageStart() == this.chunk.pageEnd()) ? Integer.toString(this.chunk.pageStart())
				: this.chunk.pageStart() + "-" + this.chunk.pageEnd();
	}

}
