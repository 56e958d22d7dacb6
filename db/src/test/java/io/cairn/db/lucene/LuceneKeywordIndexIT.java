package io.cairn.db.lucene;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cairn.core.collection.Language;
import io.cairn.core.retrieval.Hit;
import io.cairn.core.retrieval.IndexedChunk;
import io.cairn.core.retrieval.KeywordIndex;
import io.cairn.core.retrieval.KeywordIndexContract;
import io.cairn.core.retrieval.SearchFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Lucene BM25 against the keyword index contract. */
class LuceneKeywordIndexIT extends KeywordIndexContract {

	@TempDir
	Path directory;

	@Override
	protected KeywordIndex createIndex() {
		return new LuceneKeywordIndex(this.directory);
	}

	@Test
	void keepsItsChunksAcrossReopening() {
		this.index
			.upsert(List.of(new IndexedChunk("a", 1, 1, Language.ENGLISH, "durable storage", Map.of(), new float[0])));
		this.index.close();
		this.index = new LuceneKeywordIndex(this.directory);
		assertThat(this.index.count()).isEqualTo(1);
		assertThat(this.index.search("storage", Language.ENGLISH, 5, new SearchFilter(Set.of(), Set.of(), Map.of())))
			.extracting(Hit::chunkId)
			.containsExactly("a");
	}

	@Test
	void escapesHtmlInSnippets() {
		this.index.upsert(List.of(new IndexedChunk("a", 1, 1, Language.ENGLISH, "<script>alert(1)</script> risk",
				Map.of(), new float[0])));
		String snippet = this.index.highlight("risk", Language.ENGLISH, List.of("a")).get("a");
		assertThat(snippet).contains("<em>risk</em>").doesNotContain("<script>").contains("&lt;script&gt;");
	}

}
