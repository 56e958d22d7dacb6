package io.cairn.core.retrieval;

import io.cairn.core.InvalidRequestException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueryValidatorTest {

	@Test
	void acceptsAndStripsAReasonableQuery() {
		assertThat(QueryValidator.validate("  aortic valve  ", 100, 10)).isEqualTo("aortic valve");
	}

	@Test
	void rejectsEmptyHugeQueriesAndBadTopK() {
		assertThatThrownBy(() -> QueryValidator.validate(" \t", 100, 10)).isInstanceOf(InvalidRequestException.class)
			.hasMessageContaining("empty");
		assertThatThrownBy(() -> QueryValidator.validate("a".repeat(101), 100, 10))
			.isInstanceOf(InvalidRequestException.class)
			.hasMessageContaining("101 characters")
			.hasMessageContaining("limit is 100");
		assertThatThrownBy(() -> QueryValidator.validate("ok", 100, 0)).isInstanceOf(InvalidRequestException.class)
			.hasMessageContaining("topK");
	}

}
