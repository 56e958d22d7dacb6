package io.cairn.core.retrieval;

/**
 * A chunk found by one index, with that index's score (higher is better; scales differ by
 * index).
 *
 * @param chunkId chunk id
 * @param score index-specific score
 */
public record Hit(String chunkId, float score) {
}
