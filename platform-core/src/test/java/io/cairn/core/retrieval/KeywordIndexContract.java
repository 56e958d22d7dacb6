package io.cairn.core.retrieval;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import io.cairn.core.collection.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The contract every {@link KeywordIndex} passes: BM25 ranking, per-language analysis
 * (English stemming, Chinese segmentation), filters, deletes, highlighting, and queries
 * that never throw, whatever the user typed.
 */
public abstract class KeywordIndexContract {

	private static final Logger logger = LoggerFactory.getLogger(KeywordIndexContract.class);

	private static final float[] NO_VECTOR = new float[0];

	protected KeywordIndex index;

	/** A new, empty index; called before each test, closed after it. */
	protected abstract KeywordIndex createIndex();

	@BeforeEach
	void openIndex() {
		this.index = createIndex();
	}

	@AfterEach
	void closeIndex() {
		this.index.close();
	}

	@Test
	void ranksTheChunkWithTheRarerTermFirst() {
		this.index.upsert(List.of(en("a1", "apple harvest notes"), en("a2", "apple harvest notes"),
				en("a3", "apple harvest notes"), en("a4", "apple harvest notes"), en("a5", "apple harvest notes"),
				en("c1", "cherry harvest notes"), en("x1", "unrelated text entirely")));
		List<Hit> hits = this.index.search("apple cherry", Language.ENGLISH, 10, any());
		assertThat(hits).extracting(Hit::chunkId).hasSize(6).startsWith("c1").doesNotContain("x1");
		assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
	}

	@Test
	void stemsEnglish() {
		this.index.upsert(List.of(en("run", "The runner runs every morning before work"),
				en("walk", "She walked to the station in the rain")));
		assertThat(this.index.search("running", Language.ENGLISH, 10, any())).extracting(Hit::chunkId)
			.containsExactly("run");
		assertThat(this.index.search("walks", Language.ENGLISH, 10, any())).extracting(Hit::chunkId)
			.containsExactly("walk");
	}

	@Test
	void segmentsChinese() {
		this.index.upsert(List.of(zh("nlp", "我们在北京大学学习自然语言处理和机器学习"), zh("weather", "今天天气很好，我们去公园散步"),
				en("english", "natural language processing at a university")));
		assertThat(this.index.search("语言处理", Language.CHINESE, 10, any())).extracting(Hit::chunkId)
			.containsExactly("nlp");
		assertThat(this.index.search("公园的天气", Language.CHINESE, 10, any())).extracting(Hit::chunkId)
			.first()
			.isEqualTo("weather");
	}

	@Test
	void filtersByCollectionDocumentAndMetadata() {
		this.index.upsert(List.of(chunk("a", 1, 10, "quarterly revenue report", Map.of("year", "2023")),
				chunk("b", 1, 11, "quarterly revenue forecast", Map.of("year", "2024")),
				chunk("c", 2, 20, "quarterly revenue summary", Map.of("year", "2024", "kind", "summary"))));
		assertThat(ids("revenue", SearchFilter.collection(1))).containsExactlyInAnyOrder("a", "b");
		assertThat(ids("revenue", any().withDocuments(Set.of(11L, 20L)))).containsExactlyInAnyOrder("b", "c");
		assertThat(ids("revenue", any().withMetadata(Map.of("year", "2024")))).containsExactlyInAnyOrder("b", "c");
		assertThat(ids("revenue", any().withMetadata(Map.of("year", "2024", "kind", "summary")))).containsExactly("c");
		assertThat(ids("revenue", SearchFilter.collection(2).withMetadata(Map.of("year", "2023")))).isEmpty();
		assertThat(ids("revenue", new SearchFilter(Set.of(1L, 2L), Set.of(), Map.of()))).hasSize(3);
	}

	@Test
	void deleteDocumentRemovesItsChunks() {
		this.index.upsert(List.of(chunk("a", 1, 10, "solar panel efficiency", Map.of()),
				chunk("b", 1, 10, "solar panel cost", Map.of()), chunk("c", 1, 11, "solar farm output", Map.of())));
		assertThat(this.index.count()).isEqualTo(3);
		this.index.deleteDocument(10);
		assertThat(this.index.count()).isEqualTo(1);
		assertThat(ids("solar", any())).containsExactly("c");
	}

	@Test
	void upsertOfAnExistingIdReplacesIt() {
		this.index.upsert(List.of(en("a", "old wording about tariffs")));
		this.index.upsert(List.of(en("a", "new wording about subsidies")));
		assertThat(this.index.count()).isEqualTo(1);
		assertThat(ids("tariffs", any())).isEmpty();
		assertThat(ids("subsidies", any())).containsExactly("a");
	}

	@Test
	void highlightsMatchesAndFallsBackToTheOpening() {
		String long_ = "Nothing relevant here. ".repeat(20);
		this.index.upsert(List.of(en("a", "The runner runs every morning. Later, she rests."), en("b", long_),
				zh("z", "我们在北京大学学习自然语言处理")));
		Map<String, String> snippets = this.index.highlight("running", Language.ENGLISH, List.of("a", "b", "missing"));
		assertThat(snippets).containsOnlyKeys("a", "b");
		assertThat(snippets.get("a")).contains("<em>").contains("</em>");
		assertThat(snippets.get("b")).doesNotContain("<em>").startsWith("Nothing relevant here.").hasSizeLessThan(220);
		assertThat(this.index.highlight("语言", Language.CHINESE, List.of("z")).get("z")).contains("<em>语言</em>");
		assertThat(this.index.highlight("", Language.ENGLISH, List.of("a")).get("a")).startsWith("The runner");
		assertThat(this.index.highlight("runs", Language.ENGLISH, List.of())).isEmpty();
	}

	@Test
	void emptyAndStopWordQueriesFindNothing() {
		this.index.upsert(List.of(en("a", "the quick brown fox")));
		for (String query : List.of("", "   ", "\n\t", "the of and", "?!.,")) {
			assertThat(this.index.search(query, Language.ENGLISH, 10, any())).as("query '%s'", query).isEmpty();
			assertThat(this.index.search(query, Language.CHINESE, 10, any())).as("query '%s'", query).isEmpty();
		}
	}

	@Test
	void queryParserSyntaxIsJustText() {
		this.index.upsert(List.of(en("a", "fox AND hound title chase"), zh("z", "狐狸和猎犬")));
		List<String> queries = List.of("AND ( \" * : ~", "title:fox", "fox AND (hound", "\"unbalanced", "\\", "-",
				"+fox -hound", "!", "[a TO", "{x TO y}", "/regex/", "fox~2", "?", "*", "fox^10", "&&", "||", "OR",
				"NOT", ":", "a:b:c", "狐狸 AND ( \" *");
		for (String query : queries) {
			assertThatNoException().as("query '%s'", query).isThrownBy(() -> {
				this.index.search(query, Language.ENGLISH, 10, any());
				this.index.search(query, Language.CHINESE, 10, any());
				this.index.highlight(query, Language.ENGLISH, List.of("a", "z"));
			});
		}
		assertThat(ids("fox AND (hound", any())).containsExactly("a");
	}

	@Test
	void aHundredKilobyteQueryDoesNotThrow() {
		long seed = Long.getLong("cairn.test.seed", System.nanoTime());
		logger.info("KeywordIndexContract 100 kB query seed {}", seed);
		Random random = new Random(seed);
		StringBuilder query = new StringBuilder(100_000);
		while (query.length() < 100_000) {
			int kind = random.nextInt(3);
			if (kind == 0) {
				for (int i = 0, n = 1 + random.nextInt(10); i < n; i++) {
					query.append((char) ('a' + random.nextInt(26)));
				}
			}
			else if (kind == 1) {
				query.append((char) (0x4E00 + random.nextInt(0x5000)));
			}
			else {
				query.append(" ():\"*~^[]{}!+-&|/\\?".charAt(random.nextInt(20)));
			}
			query.append(' ');
		}
		this.index.upsert(List.of(en("a", "apple banana cherry"), zh("z", "苹果香蕉樱桃")));
		assertThatNoException().isThrownBy(() -> {
			this.index.search(query.toString(), Language.ENGLISH, 10, any());
			this.index.search(query.toString(), Language.CHINESE, 10, any());
			this.index.highlight(query.toString(), Language.ENGLISH, List.of("a"));
		});
	}

	@Test
	void clearRemovesEverything() {
		this.index.upsert(List.of(en("a", "alpha"), en("b", "beta")));
		this.index.clear();
		assertThat(this.index.count()).isZero();
		assertThat(ids("alpha", any())).isEmpty();
		assertThat(this.index.search("alpha", Language.ENGLISH, 0, any())).isEmpty();
	}

	private List<String> ids(String query, SearchFilter filter) {
		return this.index.search(query, Language.ENGLISH, 10, filter).stream().map(Hit::chunkId).toList();
	}

	private static SearchFilter any() {
		return new SearchFilter(Set.of(), Set.of(), Map.of());
	}

	private static IndexedChunk en(String id, String text) {
		return new IndexedChunk(id, 1, 1, Language.ENGLISH, text, Map.of(), NO_VECTOR);
	}

	private static IndexedChunk zh(String id, String text) {
		return new IndexedChunk(id, 1, 1, Language.CHINESE, text, Map.of(), NO_VECTOR);
	}

	private static IndexedChunk chunk(String id, long collection, long document, String text,
			Map<String, String> metadata) {
		return new IndexedChunk(id, collection, document, Language.ENGLISH, text, metadata, NO_VECTOR);
	}

}
