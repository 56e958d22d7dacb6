package io.cairn.inference.extractive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.cairn.core.answer.GroundedPrompt;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;

import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.metadata.ChatResponseMetadata;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.chat.prompt.Prompt;

/**
 * The default generator, which needs no model weights: it reads the question and the
 * numbered sources of a {@link GroundedPrompt}, scores every sentence and table row of
 * the sources against the question, and answers with the best one to three of them, each
 * copied verbatim and followed by its citation marker(s), in reading order. When no
 * sentence has the minimum support the answer is exactly {@link GroundedPrompt#REFUSAL}.
 * Extras (exact span, support) are in the message metadata under the
 * {@link ExtractiveMetadata} keys. Thread-safe when its encoders are.
 */
public final class ExtractiveAnswerer implements ChatModel {

	/** A question with at least this share of CJK letters is read as Chinese. */
	private static final double CHINESE_SHARE = 0.3;

	private final SentenceEncoders english;

	private final SentenceEncoders chinese;

	private final CandidateExtractor extractor = new CandidateExtractor();

	private final SentenceScorer scorer;

	private final AnswerComposer composer;

	/**
	 * @param english encoders for English (and other non-CJK) questions
	 * @param chinese encoders for Chinese questions; {@code null} to use the English ones
	 * @param settings selection settings
	 */
	public ExtractiveAnswerer(SentenceEncoders english, @Nullable SentenceEncoders chinese,
			ExtractiveSettings settings) {
		this.english = english;
		this.chinese = (chinese != null) ? chinese : english;
		this.scorer = new SentenceScorer(settings);
		this.composer = new AnswerComposer(settings);
	}

	/** One set of encoders for every language, default settings. */
	public ExtractiveAnswerer(SentenceEncoders encoders) {
		this(encoders, null, ExtractiveSettings.defaults());
	}

	@Override
	public ChatResponse call(Prompt prompt) {
		AnswerComposer.Composed answer = answer(prompt);
		String text = answer.refused() ? GroundedPrompt.REFUSAL
				: answer.sentences().stream().map(AnswerComposer.Sentence::cited).collect(Collectors.joining(" "));
		return response(text, metadata(answer));
	}

	/**
	 * One response per answer sentence (its text, markers and a space before the next
	 * sentence), the last one carrying the metadata; the texts together are those of
	 * {@link #call(Prompt)}.
	 */
	@Override
	public Flux<ChatResponse> stream(Prompt prompt) {
		return Flux.defer(() -> Flux.fromIterable(streamed(answer(prompt))));
	}

	private List<ChatResponse> streamed(AnswerComposer.Composed answer) {
		if (answer.refused()) {
			return List.of(response(GroundedPrompt.REFUSAL, metadata(answer)));
		}
		List<ChatResponse> responses = new ArrayList<>();
		List<AnswerComposer.Sentence> sentences = answer.sentences();
		for (int i = 0; i < sentences.size(); i++) {
			boolean last = i == sentences.size() - 1;
			String delta = sentences.get(i).cited() + (last ? "" : " ");
			responses.add(response(delta, last ? metadata(answer) : Map.of()));
		}
		return responses;
	}

	private AnswerComposer.Composed answer(Prompt prompt) {
		GroundedPrompt.Parsed parsed = GroundedPrompt.parse(prompt);
		Question question = Question.of(parsed.question());
		SentenceEncoders encoders = (Terms.cjkShare(parsed.question()) >= CHINESE_SHARE) ? this.chinese : this.english;
		List<Candidate> candidates = this.extractor.extract(parsed.sources());
		return this.composer.compose(question, this.scorer.score(question, candidates, encoders));
	}

	private static Map<String, Object> metadata(AnswerComposer.Composed answer) {
		Map<String, Object> metadata = new LinkedHashMap<>();
		metadata.put(ExtractiveMetadata.REFUSED, answer.refused());
		metadata.put(ExtractiveMetadata.SUPPORT, answer.support());
		metadata.put(ExtractiveMetadata.SENTENCE_SUPPORTS,
				answer.sentences().stream().map(AnswerComposer.Sentence::support).toList());
		ExactAnswer exact = answer.exact();
		if (exact != null && !answer.refused()) {
			metadata.put(ExtractiveMetadata.EXACT_ANSWER, exact.text());
			if (exact.scale() != null) {
				metadata.put(ExtractiveMetadata.EXACT_ANSWER_SCALE, exact.scale());
			}
			if (exact.period() != null) {
				metadata.put(ExtractiveMetadata.EXACT_ANSWER_PERIOD, exact.period());
			}
		}
		return metadata;
	}

	private static ChatResponse response(String text, Map<String, Object> metadata) {
		AssistantMessage message = AssistantMessage.builder().content(text).properties(metadata).build();
		return new ChatResponse(List.of(new Generation(message)),
				ChatResponseMetadata.builder().model(ExtractiveMetadata.MODEL_NAME).build());
	}

}
