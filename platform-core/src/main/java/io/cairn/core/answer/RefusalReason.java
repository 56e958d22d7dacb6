package io.cairn.core.answer;

/** Why an answer was refused. */
public enum RefusalReason {

	/** The search found nothing in the collection. */
	NO_SOURCES,

	/** The best retrieved source is less similar to the question than the threshold. */
	LOW_RETRIEVAL_SUPPORT,

	/** The generator itself said the sources do not answer the question. */
	GENERATOR_DECLINED,

	/** No sentence of the generated answer is supported by a source. */
	NO_SUPPORTED_SENTENCE

}
