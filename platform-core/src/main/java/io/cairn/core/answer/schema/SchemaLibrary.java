package io.cairn.core.answer.schema;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import tools.jackson.databind.JsonNode;

/**
 * The JSON-schema library (networknt json-schema-validator 3, Jackson 3 native): draft
 * 2020-12, JSON-pointer locations, {@code format} asserted (so "date" is checked), and
 * the meta-schema bundled in the library (nothing is fetched).
 */
final class SchemaLibrary {

	static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

	private static final SchemaRegistry REGISTRY = SchemaRegistry
		.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, (builder) -> builder.schemaRegistryConfig(
				SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER).formatAssertionsEnabled(true).build()));

	private static final Schema META_SCHEMA = REGISTRY.getSchema(SchemaLocation.of(DRAFT_2020_12));

	private SchemaLibrary() {
	}

	/** Problems of {@code schema} against the draft 2020-12 meta-schema, deduplicated. */
	static List<String> metaSchemaProblems(JsonNode schema) {
		Set<String> problems = new LinkedHashSet<>();
		for (SchemaViolation violation : violations(META_SCHEMA, schema)) {
			problems.add(violation.message() + " at " + JsonPointers.display(violation.pointer()));
		}
		return List.copyOf(problems);
	}

	static Schema compile(JsonNode schema) {
		Schema compiled = REGISTRY.getSchema(schema);
		compiled.initializeValidators();
		return compiled;
	}

	static List<SchemaViolation> violations(Schema schema, JsonNode instance) {
		Set<SchemaViolation> found = new LinkedHashSet<>();
		for (Error error : schema.validate(instance)) {
			found.add(new SchemaViolation(error.getInstanceLocation().toString(), error.getMessage()));
		}
		return List.copyOf(found);
	}

}
