package io.cairn.core.collection;

/** Counts that must add up across the catalog and the indexes. */
public record CollectionStats(long documents, long pages, long chunks) {
}
