package io.cairn.db.pgvector;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class VectorSpaceNamesTest {

	@Test
	void acceptsModelLikeNamesOnly() {
		assertThat(VectorSpaceNames.check("text-bge-small-en-v1.5")).isEqualTo("text-bge-small-en-v1.5");
		for (String bad : new String[] { "", "a'b", "a b", "-a", "x;DROP", "a".repeat(101), "ü" }) {
			assertThatIllegalArgumentException().as(bad).isThrownBy(() -> VectorSpaceNames.check(bad));
		}
	}

	@Test
	void indexNamesAreShortAndDistinct() {
		assertThat(VectorSpaceNames.indexName("text_en", 384)).isEqualTo("chunk_vector_hnsw_text_en_384");
		String a = VectorSpaceNames.indexName("Text-EN", 384);
		String b = VectorSpaceNames.indexName("text_en", 384);
		assertThat(a).isNotEqualTo(b).hasSizeLessThanOrEqualTo(63).matches("[a-z0-9_]+");
		assertThat(VectorSpaceNames.indexName("a".repeat(100), 1024)).hasSizeLessThanOrEqualTo(63);
	}

	@Test
	void comparesPgvectorVersions() {
		assertThat(PgvectorSupport.supportsIterativeScan("0.8.0")).isTrue();
		assertThat(PgvectorSupport.supportsIterativeScan("0.10.1")).isTrue();
		assertThat(PgvectorSupport.supportsIterativeScan("0.7.4")).isFalse();
		assertThat(PgvectorSupport.compareVersions("0.8", "0.8.0")).isZero();
	}

}
