package io.cairn.inference.moe.json;

import java.util.Random;

/** Lets tests in other packages draw random schemas. */
public final class RandomSchemasAccess {

	private RandomSchemasAccess() {
	}

	public static String schema(Random random) {
		return RandomSchemas.schema(random);
	}

}
