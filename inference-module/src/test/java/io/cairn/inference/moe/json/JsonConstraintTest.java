package io.cairn.inference.moe.json;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.Random;
import java.util.Set;

import io.cairn.inference.moe.checkpoint.CheckpointTokenizer;
import io.cairn.inference.moe.testing.TinySpec;
import io.cairn.inference.moe.testing.TinyTokenizer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Random walks through the token masks of random schemas always end in JSON that parses
 * and validates (checked by an independent validator), within the token budget.
 */
class JsonConstraintTest {

	private static final Logger logger = LoggerFactory.getLogger(JsonConstraintTest.class);

	@TempDir
	static Path dir;

	private static CheckpointTokenizer tokenizer;

	private static JsonConstraints constraints;

	@BeforeAll
	static void vocabulary() throws Exception {
		java.nio.file.Files.writeString(dir.resolve("tokenizer.json"), TinyTokenizer.json());
		tokenizer = CheckpointTokenizer.open(dir, TinySpec.VOCAB);
		constraints = new JsonConstraints(tokenizer.pieces(), Set.of(TinyTokenizer.EOS));
	}

	@AfterAll
	static void close() {
		tokenizer.close();
	}

	@Test
	void randomWalksOverRandomSchemasAlwaysYieldValidJson() throws Exception {
		long seed = System.nanoTime();
		logger.info("random schema walk seed {}", seed);
		Random random = new Random(seed);
		for (int round = 0; round < 400; round++) {
			String schema = RandomSchemas.schema(random);
			JsonConstraint constraint = constraints.apply(schema);
			int budget = constraint.minTokens() + random.nextInt(3) * random.nextInt(40);
			String text = walk(constraint, budget, random);
			assertThat(constraint.complete()).as("complete within %d tokens: %s for %s", budget, text, schema).isTrue();
			assertThat(IndependentValidator.errors(schema, text)).as("%s against %s (seed %d)", text, schema, seed)
				.isEmpty();
		}
	}

	private String walk(JsonConstraint constraint, int budget, Random random) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (int used = 0; used < budget && !constraint.complete(); used++) {
			BitSet allowed = constraint.allowed(budget - used);
			assertThat(allowed.isEmpty()).as("some token allowed after %s", out).isFalse();
			int pick = allowed.nextSetBit(0);
			for (int skip = random.nextInt(allowed.cardinality()); skip > 0; skip--) {
				pick = allowed.nextSetBit(pick + 1);
			}
			constraint.accept(pick);
			out.writeBytes(tokenizer.pieces().bytes(pick));
		}
		return out.toString(StandardCharsets.UTF_8);
	}

	@Test
	void unsupportedKeywordsAreNamed() {
		assertThatThrownBy(() -> constraints.apply("{\"type\":\"string\",\"pattern\":\"^a+$\"}"))
			.isInstanceOf(UnsupportedSchemaException.class)
			.hasMessageContaining("'pattern'");
		assertThatThrownBy(() -> constraints
			.apply("{\"type\":\"object\",\"properties\":{\"a\":{\"oneOf\":[{\"type\":\"string\"}]}}}"))
			.isInstanceOf(UnsupportedSchemaException.class)
			.hasMessageContaining("'oneOf'")
			.hasMessageContaining("#/properties/a");
		assertThatThrownBy(() -> constraints.apply("{\"type\":{\"not\":\"a type\"}}"))
			.isInstanceOf(UnsupportedSchemaException.class)
			.hasMessageContaining("'type'");
	}

	@Test
	void aBudgetTooSmallForTheSchemaIsKnownUpFront() {
		JsonConstraint constraint = constraints
			.apply("{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\",\"minLength\":5}},"
					+ "\"required\":[\"name\"]}");
		assertThat(constraint.minTokens()).isEqualTo("{\"name\":\"xxxxx\"}".length());
	}

}
