package io.cairn.core.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongFunction;

import io.cairn.core.InvalidRequestException;
import io.cairn.core.collection.KnowledgeCollection;
import io.cairn.core.retrieval.HybridSearcher;
import io.cairn.core.retrieval.SearchRequest;
import io.cairn.core.retrieval.SearchResult;
import io.cairn.core.retrieval.EmbeddingSpaces;
import org.jspecify.annotations.Nullable;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.prompt.Prompt;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Answers questions from a collection: rewrites follow-ups, retrieves, refuses when
 * nothing relevant was found, assembles the context within the generator's budget,
 * generates, and checks every sentence against the sources it cites.
 */
public final class AnswerService {

	/**
	 * Assistant-message metadata key under which generators give the exact answer span.
	 */
	public static final String EXACT_ANSWER_KEY = "cairn.exactAnswer";

	/** Metadata key of the exact answer's scale ("million", "percent"...). */
	public static final String EXACT_SCALE_KEY = "cairn.exactAnswer.scale";

	/** Metadata key of the exact answer's period ("2019"). */
	public static final String EXACT_PERIOD_KEY = "cairn.exactAnswer.period";

	private final HybridSearcher searcher;

	private final EmbeddingSpaces spaces;

	private final LongFunction<String> documentTitles;

	private final AnswerGenerator generator;

	private final AnswerSettings settings;

	private final FollowUpRewriter rewriter = new FollowUpRewriter();

	private final CitationChecker checker;

	private final ContextAssembler assembler;

	public AnswerService(HybridSearcher searcher, EmbeddingSpaces spaces, LongFunction<String> documentTitles,
			AnswerGenerator generator, AnswerSettings settings) {
		this.searcher = searcher;
		this.spaces = spaces;
		this.documentTitles = documentTitles;
		this.generator = generator;
		this.settings = settings;
		this.checker = new CitationChecker(settings.minSentenceSupport());
		this.assembler = new ContextAssembler(generator.contextTokens());
	}

	public AnswerGenerator generator() {
		return this.generator;
	}

	/** The whole answer at once. */
	public Answer answer(KnowledgeCollection collection, AnswerRequest request) {
		Prepared prepared = prepare(collection, request);
		if (prepared.refusal() != null) {
			return prepared.refusal();
		}
		ChatResponse response = this.generator.model().call(prepared.prompt());
		AssistantMessage message = response.getResult().getOutput();
		return complete(prepared, textOf(message), Exact.of(message));
	}

	/**
	 * The answer as a stream: deltas of text, then the checked answer. Bad requests fail
	 * here, before the stream starts; generator failures end the stream with an error.
	 */
	public Flux<AnswerEvent> stream(KnowledgeCollection collection, AnswerRequest request) {
		Prepared prepared = prepare(collection, request);
		if (prepared.refusal() != null) {
			return Flux.just(new AnswerEvent.Completed(prepared.refusal()));
		}
		Flux<AssistantMessage> messages = this.generator.model()
			.stream(prepared.prompt())
			.filter((response) -> response.getResult() != null)
			.map((response) -> response.getResult().getOutput());
		StringBuilder text = new StringBuilder();
		AtomicReference<@Nullable Exact> exact = new AtomicReference<>();
		Flux<AssistantMessage> collecting = messages.doOnNext((message) -> {
			text.append(textOf(message));
			Exact span = Exact.of(message);
			if (span != null) {
				exact.set(span);
			}
		});
		if (this.generator.unsupported() == UnsupportedSentences.DROP) {
			// Sentences are only shown once checked, so none is taken back at the end.
			return collecting.then(Mono.fromSupplier(() -> complete(prepared, text.toString(), exact.get())))
				.flatMapMany(AnswerService::sentenceEvents);
		}
		return collecting.map(AnswerService::textOf)
			.filter((delta) -> !delta.isEmpty())
			.<AnswerEvent>map(AnswerEvent.Delta::new)
			.concatWith(Mono
				.fromSupplier(() -> new AnswerEvent.Completed(complete(prepared, text.toString(), exact.get()))));
	}

	private static Flux<AnswerEvent> sentenceEvents(Answer answer) {
		List<AnswerEvent> events = new ArrayList<>();
		if (answer.outcome() == AnswerOutcome.REFUSED) {
			events.add(new AnswerEvent.Delta(answer.text()));
		}
		else {
			for (CheckedSentence sentence : answer.sentences()) {
				events.add(new AnswerEvent.Delta((events.isEmpty() ? "" : " ") + sentence.withMarkers()));
			}
		}
		events.add(new AnswerEvent.Completed(answer));
		return Flux.fromIterable(events);
	}

	private Prepared prepare(KnowledgeCollection collection, AnswerRequest request) {
		String question = validate(request.question());
		String standalone = this.rewriter.rewrite(question, request.history());
		int topK = (request.topK() != null) ? request.topK() : this.settings.topK();
		if (topK < 1 || topK > 100) {
			throw new InvalidRequestException("topK must be between 1 and 100, was " + topK + ".");
		}
		// The searcher restricts the filter to the collection.
		List<SearchResult> results = this.searcher.search(collection,
				SearchRequest.hybrid(standalone, request.filter(), topK));
		String name = this.generator.name();
		if (results.isEmpty()) {
			return Prepared.refused(Answer.refused(RefusalReason.NO_SOURCES, question, standalone, name, 0));
		}
		double support = retrievalSupport(collection, standalone, results);
		if (support < this.settings.minRetrievalSimilarity()) {
			return Prepared
				.refused(Answer.refused(RefusalReason.LOW_RETRIEVAL_SUPPORT, question, standalone, name, support));
		}
		List<ContextSource> sources = this.assembler.assemble(results, this.documentTitles);
		Prompt prompt = GroundedPrompt.of(standalone, sources, this.generator.options());
		return new Prepared(question, standalone, sources, prompt, support, null);
	}

	private String validate(@Nullable String question) {
		if (question == null || question.isBlank()) {
			throw new InvalidRequestException("The question is empty: send the question in 'question'.");
		}
		if (question.length() > this.settings.maxQuestionCharacters()) {
			throw new InvalidRequestException("The question has " + question.length() + " characters; the limit is "
					+ this.settings.maxQuestionCharacters() + ". Ask a shorter question.");
		}
		return question.strip();
	}

	/** Cosine similarity of the question and its closest retrieved chunk. */
	private double retrievalSupport(KnowledgeCollection collection, String question, List<SearchResult> results) {
		float[] query = this.spaces.forLanguage(collection.language()).queries().embed(question);
		double best = -1;
		for (SearchResult result : results) {
			best = Math.max(best, dot(query, result.chunk().embedding()));
		}
		return best;
	}

	private Answer complete(Prepared prepared, String generated, @Nullable Exact exact) {
		String name = this.generator.name();
		if (GroundedPrompt.isRefusal(generated)) {
			return Answer.refused(RefusalReason.GENERATOR_DECLINED, prepared.question(), prepared.standalone(), name,
					prepared.support());
		}
		List<CheckedSentence> checked = this.checker.check(generated, prepared.sources());
		List<CheckedSentence> kept = new ArrayList<>();
		List<String> unsupported = new ArrayList<>();
		for (CheckedSentence sentence : checked) {
			if (!sentence.supported()) {
				unsupported.add(sentence.text());
			}
			if (sentence.supported() || this.generator.unsupported() == UnsupportedSentences.FLAG) {
				kept.add(sentence);
			}
		}
		if (kept.stream().noneMatch(CheckedSentence::supported)) {
			return Answer.refused(RefusalReason.NO_SUPPORTED_SENTENCE, prepared.question(), prepared.standalone(), name,
					prepared.support());
		}
		String text = String.join(" ", kept.stream().map(CheckedSentence::withMarkers).toList());
		return new Answer(text, AnswerOutcome.ANSWERED, null, List.copyOf(kept), Answer.distinctCitations(kept),
				List.copyOf(unsupported), (exact != null) ? exact.text() : null, (exact != null) ? exact.scale() : null,
				(exact != null) ? exact.period() : null, prepared.question(), prepared.standalone(), name,
				prepared.support());
	}

	private static String textOf(AssistantMessage message) {
		String text = message.getText();
		return (text != null) ? text : "";
	}

	private static double dot(float[] a, float[] b) {
		double sum = 0;
		for (int i = 0; i < Math.min(a.length, b.length); i++) {
			sum += a[i] * b[i];
		}
		return sum;
	}

	/** The exact span a generator reported in its message metadata. */
	private record Exact(String text, @Nullable String scale, @Nullable String period) {

		static @Nullable Exact of(AssistantMessage message) {
			String text = metadata(message, EXACT_ANSWER_KEY);
			return (text != null)
					? new Exact(text, metadata(message, EXACT_SCALE_KEY), metadata(message, EXACT_PERIOD_KEY)) : null;
		}

		private static @Nullable String metadata(AssistantMessage message, String key) {
			Object value = message.getMetadata().get(key);
			return (value != null && !value.toString().isBlank()) ? value.toString() : null;
		}

	}

	private record Prepared(String question, String standalone, List<ContextSource> sources, @Nullable Prompt prompt,
			double support, @Nullable Answer refusal) {

		static Prepared refused(Answer refusal) {
			return new Prepared(refusal.question(), refusal.standaloneQuestion(), List.of(), null,
					refusal.retrievalSupport(), refusal);
		}

		@Override
		public Prompt prompt() {
			if (this.prompt == null) {
				throw new IllegalStateException("A refused question has no prompt");
			}
			return this.prompt;
		}

	}

}
