package io.cairn.core.retrieval;

/** Which indexes a search consults. */
public enum RetrievalMode {

	/** BM25 and vectors, fused. */
	HYBRID,
	/** BM25 only. */
	KEYWORD,
	/** Vectors only. */
	VECTOR

}
