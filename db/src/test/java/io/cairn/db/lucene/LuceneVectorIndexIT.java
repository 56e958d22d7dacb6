package io.cairn.db.lucene;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import io.cairn.core.retrieval.ClusteredVectors;
import io.cairn.core.retrieval.Hit;
import io.cairn.core.retrieval.IndexedChunk;
import io.cairn.core.retrieval.SearchFilter;
import io.cairn.core.retrieval.VectorIndex;
import io.cairn.core.retrieval.VectorIndexContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** Lucene HNSW against the vector index contract. */
class LuceneVectorIndexIT extends VectorIndexContract {

	@TempDir
	Path root;

	private LuceneVectorIndexProvider provider;

	@Override
	protected VectorIndex createIndex(int dimensions) {
		this.provider = new LuceneVectorIndexProvider(this.root, LuceneVectorOptions.defaults());
		return this.provider.open("contract", dimensions);
	}

	@Test
	void keepsItsVectorsAcrossReopening() {
		List<IndexedChunk> corpus = new ClusteredVectors(new Random(3), DIMENSIONS, 5).corpus(50);
		upsert(corpus);
		this.index.close();
		this.index = this.provider.open("contract", DIMENSIONS);
		assertThat(this.index.count()).isEqualTo(50);
		assertThat(this.index.search(corpus.get(7).vector(), 1, new SearchFilter(Set.of(), Set.of(), Map.of())))
			.extracting(Hit::chunkId)
			.containsExactly("c7");
	}

	@Test
	void refusesAnIndexOfOtherDimensions() {
		upsert(new ClusteredVectors(new Random(3), DIMENSIONS, 5).corpus(5));
		this.index.close();
		assertThatIllegalStateException().isThrownBy(() -> this.provider.open("contract", 128))
			.withMessageContaining("384-dimensional");
		this.index = this.provider.open("contract", DIMENSIONS);
		assertThatIllegalArgumentException().isThrownBy(() -> this.provider.open("contract", 128));
		assertThatIllegalArgumentException().isThrownBy(() -> this.provider.open("../escape", DIMENSIONS));
	}

}
