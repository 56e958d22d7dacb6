package io.cairn.core.answer.schema;

import java.util.List;

import io.cairn.core.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchemaCheckTest {

	private final SchemaCheck check = new SchemaCheck();

	static final String REPORT = """
			{
			  "$schema": "https://json-schema.org/draft/2020-12/schema",
			  "title": "Annual report facts",
			  "type": "object",
			  "additionalProperties": false,
			  "required": ["company", "revenue"],
			  "properties": {
			    "company": {"type": "string", "description": "Company name"},
			    "revenue": {"type": "number", "description": "Total revenue", "minimum": 0},
			    "employees": {"type": ["integer", "null"]},
			    "fiscalYearEnd": {"type": "string", "format": "date"},
			    "filedAt": {"type": "string", "format": "date-time"},
			    "audited": {"type": "boolean"},
			    "currency": {"enum": ["USD", "EUR"]},
			    "rating": {"type": "string", "enum": ["low", "high"]},
			    "address": {"type": "object", "properties": {"city": {"type": "string", "maxLength": 80}}},
			    "tags": {"type": "array", "items": {"type": "string"}, "maxItems": 5},
			    "segments": {"type": "array", "minItems": 0, "items": {"type": "object",
			      "properties": {"name": {"type": "string"}, "revenue": {"type": "number"}}, "required": ["name"]}}
			  }
			}""";

	@Test
	void acceptsEverySupportedKind() {
		CheckedSchema checked = this.check.check(REPORT);

		assertThat(checked.schema().get("title").asString()).isEqualTo("Annual report facts");
		assertThat(checked.root().properties()).hasSize(11);
		assertThat(checked.root().properties().get("currency").type()).isEqualTo("string");
	}

	@Test
	void answerSchemaAllowsNullForEveryPropertyButNotForArrayItems() {
		JsonNode answer = this.check.check(REPORT).answerSchema();

		assertThat(answer.at("/type").asString()).isEqualTo("object");
		assertThat(answer.at("/properties/revenue/type").toString()).isEqualTo("[\"number\",\"null\"]");
		assertThat(answer.at("/properties/employees/type").toString()).isEqualTo("[\"integer\",\"null\"]");
		assertThat(answer.at("/properties/currency/enum").toString()).isEqualTo("[\"USD\",\"EUR\",null]");
		assertThat(answer.at("/properties/segments/items/type").asString()).isEqualTo("object");
		assertThat(answer.at("/properties/segments/items/properties/name/type").toString())
			.isEqualTo("[\"string\",\"null\"]");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			{"type": 5}                                   | at /type
			[1, 2]                                        | The schema must be a JSON object, found array
			"object"                                      | The schema must be a JSON object, found string
			{"properties": "x"}                           | string found, object expected at /properties
			{"type": "object", "required": [1]}           | integer found, string expected at /required/0
			{"type": "object", "properties": {"a": {"type": "strin"}}} | at /properties/a/type
			{"type": "object",                            | The schema is not JSON
			""")
	void rejectsWhatIsNotASchema(String schema, String expected) {
		assertThatThrownBy(() -> this.check.check(schema)).isInstanceOf(InvalidRequestException.class)
			.hasMessageContaining(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			oneOf             | {"oneOf": [{"type": "string"}, {"type": "number"}]}
			anyOf             | {"anyOf": [{"type": "string"}]}
			allOf             | {"type": "string", "allOf": [{"type": "string"}]}
			not               | {"type": "string", "not": {"type": "number"}}
			$ref              | {"$ref": "#/$defs/a"}
			$defs             | {"type": "string", "$defs": {"a": {"type": "string"}}}
			if                | {"type": "string", "if": {"type": "string"}, "then": {"type": "string"}}
			pattern           | {"type": "string", "pattern": "^a"}
			patternProperties | {"type": "object", "patternProperties": {"^a": {"type": "string"}}}
			const             | {"type": "string", "const": "a"}
			""")
	void namesEachUnsupportedKeywordWithItsPointer(String keyword, String property) {
		String schema = "{\"type\": \"object\", \"properties\": {\"x\": " + property + "}}";

		assertThatThrownBy(() -> this.check.check(schema)).isInstanceOf(InvalidSchemaException.class)
			.hasMessageContaining("Unsupported keyword \"" + keyword + "\" at /properties/x");
	}

	@Test
	void reportsEveryProblemAtOnceAndAtNestedPointers() {
		String schema = """
				{"type": "object", "properties": {
				  "a": {"type": "array", "items": {"type": "object", "properties": {"b": {"type": "string", "format": "email"}}}},
				  "c": {"type": ["string", "number"]},
				  "d": {"type": "object", "additionalProperties": {"type": "string"}},
				  "e": {"description": "no type"}
				}, "required": ["z"], "oneOf": [{"type": "object"}]}""";

		assertThatThrownBy(() -> this.check.check(schema)).isInstanceOfSatisfying(InvalidSchemaException.class,
				(ex) -> assertThat(ex.problems()).containsExactlyInAnyOrder("Unsupported keyword \"oneOf\" at /",
						"Unsupported format \"email\" at /properties/a/items/properties/b (supported: date, date-time)",
						"Unsupported type [\"string\",\"number\"] at /properties/c (one of object, array, string, number, integer, boolean, optionally with \"null\")",
						"\"additionalProperties\" must be true or false at /properties/d",
						"Missing \"type\" at /properties/e", "Required property \"z\" is not in \"properties\" at /"));
	}

	@Test
	void rootMustBeAnObjectSchema() {
		assertThatThrownBy(() -> this.check.check("{\"type\": \"string\"}"))
			.hasMessageContaining("The root schema must have \"type\": \"object\"");
	}

	@Test
	void enforcesDepthFieldAndSizeLimits() {
		String deep = "{\"type\": \"string\"}";
		for (int i = 0; i < 6; i++) {
			deep = "{\"type\": \"object\", \"properties\": {\"n\": " + deep + "}}";
		}
		String finalDeep = deep;
		assertThatThrownBy(() -> this.check.check(finalDeep))
			.hasMessageContaining("The schema nests 7 levels; at most 6 are allowed");

		StringBuilder many = new StringBuilder("{\"type\": \"object\", \"properties\": {");
		for (int i = 0; i < 101; i++) {
			many.append(i > 0 ? "," : "").append("\"f").append(i).append("\": {\"type\": \"string\"}");
		}
		String wide = many.append("}}").toString();
		assertThatThrownBy(() -> this.check.check(wide))
			.hasMessageContaining("The schema has 101 properties; at most 100 are allowed");

		String large = "{\"type\": \"object\", \"description\": \"" + "x".repeat(70_000) + "\"}";
		assertThatThrownBy(() -> this.check.check(large)).hasMessageContaining("at most 65536 are allowed");
		JsonNode node = JsonMapper.builder().build().readTree(large);
		assertThatThrownBy(() -> this.check.check(node)).hasMessageContaining("at most 65536 are allowed");
	}

	@Test
	void acceptsExactlyTheLimits() {
		String deep = "{\"type\": \"string\"}";
		for (int i = 0; i < 5; i++) {
			deep = "{\"type\": \"object\", \"properties\": {\"n\": " + deep + "}}";
		}
		assertThat(this.check.check(deep).schema()).isNotNull();
		assertThat(List.of(SchemaCheck.MAX_FIELDS, SchemaCheck.MAX_DEPTH)).containsExactly(100, 6);
	}

}
