package io.cairn.inference.moe.json;

import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validates with the networknt JSON Schema library (draft 2020-12), independently of the
 * constrained decoder under test.
 */
public final class IndependentValidator {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
			(builder) -> builder
				.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

	private IndependentValidator() {
	}

	/**
	 * The violations of {@code instance} against {@code schema}; empty when it validates.
	 */
	public static List<String> errors(String schema, String instance) {
		return REGISTRY.getSchema(JSON.readTree(schema))
			.validate(JSON.readTree(instance))
			.stream()
			.map(Error::toString)
			.toList();
	}

}
