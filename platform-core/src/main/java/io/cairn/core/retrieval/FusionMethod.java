package io.cairn.core.retrieval;

/** How keyword and vector rankings are combined. */
public enum FusionMethod {

	/** Reciprocal rank fusion: sum of 1 / (k + rank). Needs no score calibration. */
	RECIPROCAL_RANK,
	/** Weighted sum of min-max normalised scores. */
	WEIGHTED

}
