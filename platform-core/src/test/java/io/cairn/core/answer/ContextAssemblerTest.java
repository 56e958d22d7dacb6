package io.cairn.core.answer;

import java.util.List;

import io.cairn.core.retrieval.SearchResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContextAssemblerTest {

	@Test
	void keepsTheBestChunksWithinTheBudgetInDocumentOrder() {
		// 10 words each: 10 + 24 overhead tokens per source.
		String text = "one two three four five six seven eight nine ten";
		List<SearchResult> ranked = List.of(result(2, 5, text), result(1, 3, text), result(2, 1, text),
				result(1, 0, text));

		List<ContextSource> sources = new ContextAssembler(3 * 34).assemble(ranked, (id) -> "doc " + id);

		assertThat(sources).extracting((source) -> source.chunk().id()).containsExactly("2-1", "2-5", "1-3");
		assertThat(sources).extracting(ContextSource::number).containsExactly(1, 2, 3);
		assertThat(sources).extracting(ContextSource::documentTitle).containsExactly("doc 2", "doc 2", "doc 1");
	}

	@Test
	void alwaysKeepsTheBestChunkEvenWhenItExceedsTheBudget() {
		List<ContextSource> sources = new ContextAssembler(5)
			.assemble(List.of(result(1, 0, "a long chunk of many words")), (id) -> "doc");

		assertThat(sources).hasSize(1);
	}

	private static SearchResult result(long document, int ordinal, String text) {
		return new SearchResult(Sources.chunk(document, ordinal, text), 1.0, text, 1, 1);
	}

}
