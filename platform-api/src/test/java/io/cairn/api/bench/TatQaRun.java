package io.cairn.api.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import io.cairn.core.answer.Answer;
import io.cairn.core.answer.AnswerOutcome;
import io.cairn.core.answer.AnswerRequest;
import io.cairn.core.answer.RefusalReason;
import io.cairn.core.collection.KnowledgeCollection;
import io.cairn.core.retrieval.HybridSearcher;
import io.cairn.core.retrieval.SearchFilter;
import io.cairn.core.retrieval.SearchRequest;
import org.jspecify.annotations.Nullable;

/**
 * TAT-QA through the product: every context ingested as one Markdown document into the
 * full collection and into one of two halves (split by a fixed seed); every question
 * asked of the full collection, of the half that has its context (answerable) and of the
 * half that lacks it (unanswerable), with both refusal thresholds off so that each
 * question's two support signals are recorded.
 */
final class TatQaRun {

	/** Which collection a question was asked of. */
	enum Ask {

		FULL, HAS, LACKS

	}

	/**
	 * One answer.
	 *
	 * @param question the question
	 * @param ask which collection
	 * @param outcome answered or refused with the thresholds off
	 * @param reason why refused (no sources, no candidate, no supported sentence)
	 * @param retrievalSupport {@code Answer.retrievalSupport}
	 * @param generatorSupport the extractive {@code cairn.support} (0 when not called)
	 * @param prediction the exact answer, else the text without markers
	 * @param text the answer text
	 * @param generated the generator's text before the citation check
	 */
	record Observation(TatQa.Question question, Ask ask, AnswerOutcome outcome, @Nullable RefusalReason reason,
			double retrievalSupport, double generatorSupport, String prediction, String text, String generated) {

		/** Refused at these thresholds (the product refuses below either). */
		boolean refusedAt(double minRetrieval, double minSupport) {
			return this.outcome == AnswerOutcome.REFUSED || this.retrievalSupport < minRetrieval
					|| this.generatorSupport < minSupport;
		}

	}

	/**
	 * @param observations every answer
	 * @param evidenceRecall mean evidence recall@5 on the full collection
	 * @param evidenceRecallTable the same over questions answered from the table (or
	 * table and text)
	 * @param evidenceRecallText the same over questions answered from the text only
	 * @param ingestSeconds the three ingests
	 * @param chunks chunks of the full collection
	 * @param full the full collection
	 */
	record Result(List<Observation> observations, double evidenceRecall, double evidenceRecallTable,
			double evidenceRecallText, double ingestSeconds, long chunks, KnowledgeCollection full) {
	}

	static final long SPLIT_SEED = 20_241_122L;

	private TatQaRun() {
	}

	static Result run(AnswerStack stack, TatQa data, BenchStorage storage, int candidateCap)
			throws InterruptedException {
		long start = System.nanoTime();
		Map<String, String> documents = new LinkedHashMap<>();
		data.contexts()
			.forEach((context) -> documents.put(TatQaDocuments.fileName(context), TatQaDocuments.markdown(context)));
		KnowledgeCollection full = stack.collection("tatqa");
		List<Long> fullIds = stack.ingest(full, documents);
		System.out.printf(Locale.ROOT, "[bench] ingested %d contexts into 'tatqa' in %.1f s%n", fullIds.size(),
				SciFactCatalog.seconds(start));
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < data.contexts().size(); i++) {
			order.add(i);
		}
		Collections.shuffle(order, new Random(SPLIT_SEED));
		boolean[] inA = new boolean[order.size()];
		order.subList(0, order.size() / 2).forEach((i) -> inA[i] = true);
		KnowledgeCollection halfA = stack.collection("half-a");
		KnowledgeCollection halfB = stack.collection("half-b");
		Map<String, String> aDocs = new LinkedHashMap<>();
		Map<String, String> bDocs = new LinkedHashMap<>();
		for (int i = 0; i < data.contexts().size(); i++) {
			TatQa.Context context = data.contexts().get(i);
			(inA[i] ? aDocs : bDocs).put(TatQaDocuments.fileName(context), TatQaDocuments.markdown(context));
		}
		stack.ingest(halfA, aDocs);
		stack.ingest(halfB, bDocs);
		double ingestSeconds = SciFactCatalog.seconds(start);
		long chunks = fullIds.stream().mapToLong(storage.chunks()::countByDocument).sum();
		System.out.printf(Locale.ROOT, "[bench] ingested the halves (%d + %d); %d chunks in 'tatqa'; %.1f s in all%n",
				aDocs.size(), bDocs.size(), chunks, ingestSeconds);
		AnswerStack.Answering answering = stack.answering(true, -1, 0.0, candidateCap);
		HybridSearcher searcher = stack.searcher(true);
		List<Observation> observations = new ArrayList<>();
		Map<String, double[]> recall = new HashMap<>();
		int asked = 0;
		int total = data.questions().size();
		long askStart = System.nanoTime();
		for (int i = 0; i < data.contexts().size(); i++) {
			TatQa.Context context = data.contexts().get(i);
			for (TatQa.Question question : context.questions()) {
				observations.add(ask(answering, full, question, Ask.FULL));
				observations.add(ask(answering, inA[i] ? halfA : halfB, question, Ask.HAS));
				observations.add(ask(answering, inA[i] ? halfB : halfA, question, Ask.LACKS));
				var top5 = searcher.search(full,
						SearchRequest.hybrid(question.text(), SearchFilter.collection(full.id()), 5));
				double r = EvidenceRecall.recall(context, question, fullIds.get(i), top5);
				if (!Double.isNaN(r)) {
					String kind = question.usesTable() ? "table" : "text";
					recall.computeIfAbsent(kind, (k) -> new double[2])[0] += r;
					recall.get(kind)[1]++;
				}
				if (++asked % 200 == 0) {
					System.out.printf(Locale.ROOT, "[bench]   %d / %d questions (%.0f s)%n", asked, total,
							SciFactCatalog.seconds(askStart));
				}
			}
		}
		double[] table = recall.getOrDefault("table", new double[2]);
		double[] text = recall.getOrDefault("text", new double[2]);
		return new Result(List.copyOf(observations), (table[0] + text[0]) / (table[1] + text[1]), table[0] / table[1],
				text[0] / text[1], ingestSeconds, chunks, full);
	}

	private static Observation ask(AnswerStack.Answering answering, KnowledgeCollection collection,
			TatQa.Question question, Ask ask) {
		answering.recorder().reset();
		Answer answer = answering.service().answer(collection, AnswerRequest.of(question.text(), collection.id()));
		String prediction = (answer.exactAnswer() != null) ? answer.exactAnswer()
				: AnswerMetrics.withoutMarkers(answer.text());
		return new Observation(question, ask, answer.outcome(), answer.refusal(), answer.retrievalSupport(),
				answering.recorder().support(), prediction, answer.text(), answering.recorder().generated());
	}

}
