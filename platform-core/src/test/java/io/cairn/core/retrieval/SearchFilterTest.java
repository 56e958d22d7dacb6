package io.cairn.core.retrieval;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchFilterTest {

	@Test
	void everyNonEmptyPartMustMatch() {
		SearchFilter filter = SearchFilter.collection(1)
			.withDocuments(Set.of(10L, 11L))
			.withMetadata(Map.of("department", "cardiology"));

		assertThat(filter.matches(1, 10, Map.of("department", "cardiology", "year", "2024"))).isTrue();
		assertThat(filter.matches(2, 10, Map.of("department", "cardiology"))).isFalse();
		assertThat(filter.matches(1, 12, Map.of("department", "cardiology"))).isFalse();
		assertThat(filter.matches(1, 10, Map.of("department", "oncology"))).isFalse();
		assertThat(filter.matches(1, 10, Map.of())).isFalse();
	}

	@Test
	void emptyFilterMatchesEverything() {
		SearchFilter any = new SearchFilter(Set.of(), Set.of(), Map.of());

		assertThat(any.matches(7, 8, Map.of("k", "v"))).isTrue();
	}

}
