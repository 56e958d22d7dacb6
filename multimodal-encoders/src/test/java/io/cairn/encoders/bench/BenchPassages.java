package io.cairn.encoders.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Benchmark inputs: generated English passages from a fixed seed, or the first documents
 * of a BEIR corpus.
 */
final class BenchPassages {

	private static final String[] SUBJECTS = { "The committee", "Our analysis", "The patient cohort",
			"Quarterly revenue", "The proposed method", "Customer satisfaction", "The control group",
			"Operating margin", "The clinical trial", "The retrieval model", "Net income", "The survey",
			"Blood pressure", "The support team", "Inflation", "The treatment arm" };

	private static final String[] VERBS = { "increased", "decreased", "remained stable", "improved markedly",
			"was associated with", "did not affect", "was compared with", "depended on", "exceeded expectations for",
			"was measured against", "correlated strongly with", "was adjusted for" };

	private static final String[] OBJECTS = { "the baseline estimate", "the previous fiscal year", "long-term outcomes",
			"the placebo group", "operating costs", "response times", "the regional average", "hospital readmissions",
			"the annual report", "the reference standard", "dosage levels", "the risk-adjusted return",
			"adverse events", "first-contact resolution" };

	private static final String[] TAILS = { "after controlling for age and sex", "according to the audited statements",
			"over a twelve-month period", "in every region except the north", "despite supply chain disruptions",
			"as reported in the appendix", "with a confidence interval of 95 percent",
			"when measured by independent reviewers", "following the policy change in March",
			"in line with guidance from management" };

	private BenchPassages() {
	}

	/** Passages of 2 to 14 sentences of business, clinical and support prose. */
	static List<String> generated(int count, long seed) {
		Random random = new Random(seed);
		List<String> passages = new ArrayList<>(count);
		for (int p = 0; p < count; p++) {
			StringBuilder passage = new StringBuilder();
			int sentences = 2 + random.nextInt(13);
			for (int s = 0; s < sentences; s++) {
				passage.append(pick(random, SUBJECTS))
					.append(' ')
					.append(pick(random, VERBS))
					.append(' ')
					.append(pick(random, OBJECTS));
				if (random.nextBoolean()) {
					passage.append(' ').append(pick(random, TAILS));
				}
				if (random.nextInt(4) == 0) {
					passage.append(String.format(", reaching %.1f%% (n = %d)", random.nextDouble() * 40,
							50 + random.nextInt(5000)));
				}
				passage.append(". ");
			}
			passages.add(passage.toString().strip());
		}
		return passages;
	}

	/**
	 * The first {@code count} documents of a BEIR {@code corpus.jsonl}, as "title. text".
	 */
	static List<String> corpus(Path corpus, int count) throws IOException {
		JsonMapper json = JsonMapper.shared();
		List<String> passages = new ArrayList<>(count);
		try (BufferedReader reader = Files.newBufferedReader(corpus)) {
			String line;
			while (passages.size() < count && (line = reader.readLine()) != null) {
				if (line.isBlank()) {
					continue;
				}
				JsonNode document = json.readTree(line);
				String title = document.path("title").asString();
				String text = document.path("text").asString();
				passages.add(title.isEmpty() ? text : title + ". " + text);
			}
		}
		return passages;
	}

	private static String pick(Random random, String[] choices) {
		return choices[random.nextInt(choices.length)];
	}

}
