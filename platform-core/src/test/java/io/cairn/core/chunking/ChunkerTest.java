package io.cairn.core.chunking;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import io.cairn.core.ingest.parse.Element;
import io.cairn.core.ingest.parse.Table;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChunkerTest {

	private static final ChunkingProfile SMALL = new ChunkingProfile("small", 40, 12, List.of(), true, 40);

	private final WordTokenCounter counter = new WordTokenCounter(60);

	private final Chunker chunker = new Chunker(this.counter);

	private final SentenceSplitter splitter = new SentenceSplitter();

	@Test
	void windowsOverlapByWholeSentencesAndStayUnderTheMaximum() {
		List<String> sentences = IntStream.rangeClosed(1, 40)
			.mapToObj((n) -> "Sentence number " + n + " reports finding " + n + " clearly.")
			.toList();
		TestElements document = new TestElements();
		for (int paragraph = 0; paragraph < 4; paragraph++) {
			document.text(String.join(" ", sentences.subList(paragraph * 10, paragraph * 10 + 10)));
		}

		List<ChunkDraft> chunks = this.chunker.chunk(document.build(), SMALL);

		assertThat(chunks).hasSizeGreaterThan(5);
		List<String> covered = new ArrayList<>();
		for (int i = 0; i < chunks.size(); i++) {
			ChunkDraft chunk = chunks.get(i);
			assertThat(chunk.tokenCount()).isEqualTo(this.counter.count(chunk.text())).isLessThanOrEqualTo(60);
			List<String> inChunk = this.splitter.split(chunk.text());
			assertThat(sentences).as("only whole sentences").containsAll(inChunk);
			if (i > 0) {
				List<String> previous = this.splitter.split(chunks.get(i - 1).text());
				int overlap = (int) inChunk.stream().filter(previous::contains).count();
				assertThat(overlap).as("chunk %d overlaps the previous one", i).isPositive();
				assertThat(inChunk.subList(0, overlap))
					.isEqualTo(previous.subList(previous.size() - overlap, previous.size()));
				assertThat(this.counter.count(String.join(" ", inChunk.subList(0, overlap)))).isLessThanOrEqualTo(12);
				inChunk = inChunk.subList(overlap, inChunk.size());
			}
			covered.addAll(inChunk);
		}
		assertThat(covered).containsExactlyElementsOf(sentences);
	}

	@Test
	void cutsASentenceLongerThanTheMaximumAtWordBoundaries() {
		List<String> words = IntStream.range(0, 230).mapToObj((n) -> "w" + n).toList();
		List<Element> elements = new TestElements().text(String.join(" ", words) + ".").build();

		List<ChunkDraft> chunks = this.chunker.chunk(elements, ChunkingProfiles.GENERAL);

		assertThat(chunks).hasSizeGreaterThanOrEqualTo(4)
			.allSatisfy((chunk) -> assertThat(chunk.tokenCount()).isLessThanOrEqualTo(60));
		List<String> rejoined = chunks.stream()
			.flatMap((chunk) -> List.of(chunk.text().split("\\s+")).stream())
			.map((word) -> word.replace(".", ""))
			.toList();
		assertThat(rejoined).containsExactlyElementsOf(words);
	}

	@Test
	void keepsChunksInsideSectionsAndPrefixesTheHeadingPath() {
		List<Element> elements = new TestElements().heading(1, "Methods")
			.text("We sampled wells. Each well was tested twice.")
			.heading(2, "Sampling")
			.text("Samples were frozen. They were shipped on ice.")
			.heading(1, "Results")
			.text("Most wells were clean.")
			.build();

		List<ChunkDraft> chunks = this.chunker.chunk(elements, ChunkingProfiles.GENERAL);

		assertThat(chunks).extracting(ChunkDraft::text)
			.containsExactly("Methods\nWe sampled wells. Each well was tested twice.",
					"Methods > Sampling\nSamples were frozen. They were shipped on ice.",
					"Results\nMost wells were clean.");
		assertThat(chunks).extracting(ChunkDraft::headingPath)
			.containsExactly(List.of("Methods"), List.of("Methods", "Sampling"), List.of("Results"));
		assertThat(chunks).extracting(ChunkDraft::firstElementOrdinal, ChunkDraft::lastElementOrdinal)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(0, 1), org.assertj.core.groups.Tuple.tuple(2, 3),
					org.assertj.core.groups.Tuple.tuple(4, 5));
		assertThat(chunks.get(1).tokenCount()).isEqualTo(this.counter.count(chunks.get(1).text()));
	}

	@Test
	void startsANewChunkAtTheProfilesSectionLines() {
		List<Element> elements = new TestElements()
			.text("Chief Complaint: chest pain for two days.\nHistory of Present Illness: onset at rest. No fever.")
			.text("Assessment: likely angina. Plan to continue aspirin.")
			.text("Plan: stress test tomorrow.")
			.build();

		List<ChunkDraft> medical = this.chunker.chunk(elements, ChunkingProfiles.MEDICAL);
		List<ChunkDraft> general = this.chunker.chunk(elements, ChunkingProfiles.GENERAL);

		assertThat(medical).extracting(ChunkDraft::text)
			.containsExactly("Chief Complaint: chest pain for two days.",
					"History of Present Illness: onset at rest. No fever.",
					"Assessment: likely angina. Plan to continue aspirin.", "Plan: stress test tomorrow.");
		assertThat(medical).extracting(ChunkDraft::firstElementOrdinal).containsExactly(0, 0, 1, 2);
		assertThat(general).hasSize(1);
	}

	@Test
	void keepsTablesWholeWhenTheyFit() {
		Table table = new Table("Table 1: Doses", List.of(List.of("Drug", "Dose"), List.of("Aspirin", "100 mg")), 1);
		List<Element> elements = new TestElements().heading(1, "Treatment")
			.text("Patients received the following.")
			.table(table)
			.text("Doses were not changed.")
			.build();

		List<ChunkDraft> chunks = this.chunker.chunk(elements, ChunkingProfiles.GENERAL);

		assertThat(chunks).extracting(ChunkDraft::kind)
			.containsExactly(ChunkContentKind.TEXT, ChunkContentKind.TABLE, ChunkContentKind.TEXT);
		assertThat(chunks.get(1).text()).isEqualTo("Treatment\nTable 1: Doses\nDrug | Dose\nAspirin | 100 mg");
		assertThat(chunks.get(1).firstElementOrdinal()).isEqualTo(2);
		assertThat(chunks.get(2).text()).isEqualTo("Treatment\nDoses were not changed.");
	}

	@Test
	void splitsALargeTableBetweenRowsAndRepeatsCaptionAndHeader() {
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of("Region", "Quarter", "Revenue"));
		for (int n = 1; n <= 40; n++) {
			rows.add(List.of("Region " + n, "Q" + (n % 4 + 1), n * 10 + " million"));
		}
		Table table = new Table("Table 3: Revenue by region", rows, 1);
		List<Element> elements = new TestElements().page(7).heading(1, "Revenue").table(table).build();

		List<ChunkDraft> chunks = this.chunker.chunk(elements, SMALL);

		assertThat(chunks).hasSizeGreaterThan(3).allSatisfy((chunk) -> {
			assertThat(chunk.kind()).isEqualTo(ChunkContentKind.TABLE);
			assertThat(chunk.tokenCount()).isLessThanOrEqualTo(60);
			assertThat(chunk.text()).startsWith("Revenue\nTable 3: Revenue by region\nRegion | Quarter | Revenue\n");
			assertThat(chunk.pageStart()).isEqualTo(7);
			assertThat(chunk.pageEnd()).isEqualTo(7);
		});
		List<String> bodyRows = rows.subList(1, rows.size()).stream().map(Table::rowText).toList();
		List<String> seen = chunks.stream().flatMap((chunk) -> chunk.text().lines().skip(3)).toList();
		assertThat(seen).as("every row exactly once, whole, in order").containsExactlyElementsOf(bodyRows);
	}

	@Test
	void coversPageRangesAndTheSectionHeading() {
		List<Element> elements = new TestElements().page(1)
			.heading(1, "Findings")
			.page(2)
			.text("The first finding is on page two.")
			.page(3)
			.text("The second finding is on page three.")
			.build();

		ChunkDraft chunk = this.chunker.chunk(elements, ChunkingProfiles.GENERAL).getFirst();

		assertThat(chunk.pageStart()).isEqualTo(1);
		assertThat(chunk.pageEnd()).isEqualTo(3);
		assertThat(chunk.firstElementOrdinal()).isEqualTo(0);
		assertThat(chunk.lastElementOrdinal()).isEqualTo(2);
		assertThat(chunk.text())
			.isEqualTo("Findings\nThe first finding is on page two.\nThe second finding is on page three.");
	}

	@Test
	void keepsAHeadingWithoutContentSearchable() {
		List<Element> elements = new TestElements().heading(1, "Appendix A")
			.heading(1, "Appendix B")
			.heading(2, "Tables")
			.text("See below.")
			.build();

		List<ChunkDraft> chunks = this.chunker.chunk(elements, ChunkingProfiles.GENERAL);

		assertThat(chunks).extracting(ChunkDraft::text)
			.containsExactly("Appendix A", "Appendix B > Tables\nSee below.");
	}

	@Test
	void keepsAListTogetherWhenItFits() {
		String filler = "This sentence fills the window with words. ";
		List<Element> elements = new TestElements().text(filler.repeat(4).strip())
			.listItem("Take the tablets after meals.")
			.listItem("Drink plenty of water.")
			.listItem("Call the clinic if dizzy.")
			.build();

		List<ChunkDraft> chunks = this.chunker.chunk(elements, SMALL);

		assertThat(chunks).filteredOn((chunk) -> chunk.text().contains("Take the tablets"))
			.singleElement()
			.satisfies((chunk) -> assertThat(chunk.text()).contains("Drink plenty of water.",
					"Call the clinic if dizzy."));
	}

	@Test
	void chunksChineseTextAtSentenceEnds() {
		String sentence = "本办法适用于公司全体员工及实习人员。";
		List<Element> elements = new TestElements().heading(1, "第一章 总则").text(sentence.repeat(12)).build();

		List<ChunkDraft> chunks = this.chunker.chunk(elements, SMALL);

		assertThat(chunks).hasSizeGreaterThan(3).allSatisfy((chunk) -> {
			assertThat(chunk.tokenCount()).isLessThanOrEqualTo(60);
			assertThat(chunk.text()).startsWith("第一章 总则\n").endsWith("。");
			assertThat(chunk.text().substring("第一章 总则\n".length())).matches("(本办法适用于公司全体员工及实习人员。)+");
		});
	}

	@Test
	void givesTheSameChunksAndIdsEveryTime() {
		List<Element> elements = new TestElements().heading(1, "Intro")
			.text("Alpha beta gamma. Delta epsilon zeta. Eta theta iota.")
			.build();

		List<ChunkDraft> first = this.chunker.chunk(elements, SMALL);
		List<ChunkDraft> second = new Chunker(new WordTokenCounter(60)).chunk(elements, SMALL);

		assertThat(second).isEqualTo(first);
		String id = ChunkIds.of(42, 0, first.getFirst().text());
		assertThat(id).matches(Pattern.compile("42-0-[0-9a-f]{12}"))
			.isEqualTo(ChunkIds.of(42, 0, second.getFirst().text()))
			.isNotEqualTo(ChunkIds.of(42, 0, first.getFirst().text() + " "))
			.isNotEqualTo(ChunkIds.of(43, 0, first.getFirst().text()));
		assertThat(ChunkIds.of(7, 3, "abc")).isEqualTo("7-3-ba7816bf8f01");
	}

	@Test
	void neverGoesOverATinyMaximum() {
		Chunker tiny = new Chunker(new WordTokenCounter(3));
		List<Element> elements = new TestElements().heading(1, "A rather long heading")
			.text("One two three four five. Six seven.")
			.table(new Table(null, List.of(List.of("h1", "h2"), List.of("a b", "c d")), 1))
			.build();

		List<ChunkDraft> chunks = tiny.chunk(elements, ChunkingProfiles.GENERAL);

		assertThat(chunks).isNotEmpty().allSatisfy((chunk) -> assertThat(chunk.tokenCount()).isLessThanOrEqualTo(3));
		assertThat(String.join(" ", chunks.stream().map(ChunkDraft::text).toList())).contains("four", "seven", "c");
	}

}
