package io.cairn.core.answer.schema;

/**
 * How schema filling retrieves and decides.
 *
 * @param chunksPerField chunks searched for each leaf field (extractive)
 * @param contextChunks chunks given to the model for the whole schema (generative)
 * @param minCoverage smallest share of a field's name words (or of its title and
 * description words) that a sentence or table row must contain to be read for that field;
 * below it the field stays null
 * @param maxArrayItems most items filled into an array when the schema sets no smaller
 * maxItems
 */
public record SchemaFillSettings(int chunksPerField, int contextChunks, double minCoverage, int maxArrayItems) {

	public SchemaFillSettings {
		if (chunksPerField < 1 || contextChunks < 1 || maxArrayItems < 1) {
			throw new IllegalArgumentException("chunk counts and maxArrayItems must be at least 1");
		}
		if (minCoverage <= 0 || minCoverage > 1) {
			throw new IllegalArgumentException("minCoverage must be in (0, 1], was " + minCoverage);
		}
	}

	/** 4 chunks a field, 8 for the model, two thirds of the words, 20 items. */
	public static SchemaFillSettings defaults() {
		return new SchemaFillSettings(4, 8, 0.66, 20);
	}

}
