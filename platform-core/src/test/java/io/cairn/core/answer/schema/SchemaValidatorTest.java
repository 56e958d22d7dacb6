package io.cairn.core.answer.schema;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaValidatorTest {

	private final CheckedSchema schema = new SchemaCheck().check(SchemaCheckTest.REPORT);

	private final SchemaValidator validator = new SchemaValidator();

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void acceptsAValidAnswerWithNullsWhereTheSourcesSayNothing() {
		String answer = """
				{"company": "Acme", "revenue": 1496.5, "employees": null, "fiscalYearEnd": "2019-09-30",
				 "filedAt": "2019-11-15T10:00:00Z", "audited": true, "currency": null, "rating": "low",
				 "address": {"city": null}, "tags": ["a"], "segments": [{"name": "Cloud", "revenue": null}]}""";

		assertThat(this.validator.validate(this.schema, this.json.readTree(answer))).isEmpty();
	}

	@Test
	void reportsEachViolationWithItsPointer() {
		String answer = """
				{"company": 5, "revenue": -1, "fiscalYearEnd": "30 Sept 2019", "currency": "JPY",
				 "segments": [{"revenue": 1}], "extra": true}""";

		assertThat(this.validator.validate(this.schema, this.json.readTree(answer)))
			.extracting(SchemaViolation::pointer)
			.contains("/company", "/revenue", "/fiscalYearEnd", "/currency", "/segments/0", "");
		assertThat(this.validator.validate(this.schema, this.json.readTree(answer)).toString())
			.contains("/revenue: must have a minimum value of 0")
			.contains("/: property 'extra' is not defined in the schema");
	}

}
