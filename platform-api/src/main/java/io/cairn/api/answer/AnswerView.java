package io.cairn.api.answer;

import java.util.List;

import io.cairn.api.media.LocationView;
import io.cairn.core.answer.Answer;
import io.cairn.core.answer.CheckedSentence;
import io.cairn.core.answer.Citation;
import org.jspecify.annotations.Nullable;

/**
 * An answer as the API returns it.
 *
 * @param answer the text with {@code [n]} markers, or the refusal sentence
 * @param outcome {@code answered} or {@code refused}
 * @param refusalReason why it was refused
 * @param exactAnswer the exact span for numeric, date and short factoid questions
 * @param exactScale the scale the sources state for it ("million", "percent"...)
 * @param exactPeriod the period it is for ("2019")
 * @param citations the cited sources with their supporting spans
 * @param sentences every sentence with the numbers of its citations and its support
 * @param unsupportedSentences sentences no source supports (dropped by the extractive
 * generator, flagged for generative ones)
 * @param question the question as asked
 * @param standaloneQuestion the question as searched, after follow-up rewriting
 * @param generator which generator wrote it
 * @param retrievalSupport cosine similarity of the question and the best chunk
 * @param conversationId the conversation this answer belongs to, if any
 * @param tookMs server time
 */
public record AnswerView(String answer, String outcome, @Nullable String refusalReason, @Nullable String exactAnswer,
		@Nullable String exactScale, @Nullable String exactPeriod, List<CitationView> citations,
		List<SentenceView> sentences, List<String> unsupportedSentences, String question, String standaloneQuestion,
		String generator, double retrievalSupport, @Nullable Long conversationId, double tookMs) {

	public static AnswerView of(Answer answer, String collection, @Nullable Long conversationId, double tookMs) {
		return new AnswerView(answer.text(), answer.outcome().name().toLowerCase(java.util.Locale.ROOT),
				(answer.refusal() != null) ? answer.refusal().name().toLowerCase(java.util.Locale.ROOT) : null,
				answer.exactAnswer(), answer.exactScale(), answer.exactPeriod(),
				answer.citations().stream().map((citation) -> CitationView.of(collection, citation)).toList(),
				answer.sentences().stream().map((sentence) -> SentenceView.of(collection, sentence)).toList(),
				answer.unsupported(), answer.question(), answer.standaloneQuestion(), answer.generator(),
				answer.retrievalSupport(), conversationId, tookMs);
	}

	/**
	 * A cited source.
	 *
	 * @param number the {@code [n]} marker
	 * @param documentId document
	 * @param documentTitle its title
	 * @param pageStart first page
	 * @param pageEnd last page
	 * @param headingPath headings above the chunk
	 * @param chunkId chunk
	 * @param quote the exact supporting text
	 * @param quoteStart offset of the quote in the chunk text
	 * @param quoteEnd end offset of the quote
	 * @param location the page regions, images and time span of the cited chunk, with the
	 * URLs of their images
	 */
	public record CitationView(int number, long documentId, String documentTitle, int pageStart, int pageEnd,
			List<String> headingPath, String chunkId, String quote, int quoteStart, int quoteEnd,
			LocationView location) {

		public static CitationView of(String collection, Citation citation) {
			return new CitationView(citation.number(), citation.documentId(), citation.documentTitle(),
					citation.pageStart(), citation.pageEnd(), citation.headingPath(), citation.chunkId(),
					citation.quote(), citation.quoteStart(), citation.quoteEnd(),
					LocationView.of(collection, citation.documentId(), citation.location()));
		}

	}

	/**
	 * One sentence of the answer.
	 *
	 * @param text the sentence without markers
	 * @param citations its citations (each with the span that supports this sentence)
	 * @param support share of its content words found in the best source sentence
	 * @param supported whether that reached the threshold
	 */
	public record SentenceView(String text, List<CitationView> citations, double support, boolean supported) {

		static SentenceView of(String collection, CheckedSentence sentence) {
			return new SentenceView(sentence.text(),
					sentence.citations().stream().map((citation) -> CitationView.of(collection, citation)).toList(),
					sentence.support(), sentence.supported());
		}

	}

}
