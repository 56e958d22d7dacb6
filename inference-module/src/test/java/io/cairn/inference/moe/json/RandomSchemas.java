package io.cairn.inference.moe.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import tools.jackson.databind.json.JsonMapper;

/** Random JSON Schemas over the supported keywords, for property-style tests. */
final class RandomSchemas {

	private static final String[] NAMES = { "name", "age", "tags", "score", "ok", "kind", "items", "note", "id",
			"the" };

	private RandomSchemas() {
	}

	static String schema(Random random) {
		Map<String, Object> root = object(random, 0);
		root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
		return JsonMapper.shared().writeValueAsString(root);
	}

	private static Map<String, Object> value(Random random, int depth) {
		int kind = random.nextInt((depth >= 2) ? 8 : 10);
		Map<String, Object> s = new LinkedHashMap<>();
		switch (kind) {
			case 0 -> {
				s.put("type", "string");
				if (random.nextBoolean()) {
					s.put("minLength", random.nextInt(3));
					s.put("maxLength", 3 + random.nextInt(10));
				}
			}
			case 1 -> s.put("type", "integer");
			case 2 -> s.put("type", "number");
			case 3 -> s.put("type", "boolean");
			case 4 -> s.put("type", "null");
			case 5 -> s.put("enum", List.of("red", "green", "blue \u00e9", 7, true).subList(0, 2 + random.nextInt(4)));
			case 6 -> s.put("const", "fixed");
			case 7 -> {
				// a nullable field, as extraction schemas often have
				s.put("type",
						List.of(List.of("string", "integer", "number", "boolean").get(random.nextInt(4)), "null"));
			}
			case 8 -> {
				s.put("type", "array");
				s.put("items", value(random, depth + 1));
				int min = random.nextInt(3);
				s.put("minItems", min);
				s.put("maxItems", min + random.nextInt(4));
			}
			default -> s.putAll(object(random, depth + 1));
		}
		if (random.nextInt(4) == 0) {
			s.put("description", "a field");
		}
		return s;
	}

	private static Map<String, Object> object(Random random, int depth) {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("type", "object");
		Map<String, Object> properties = new LinkedHashMap<>();
		List<String> required = new ArrayList<>();
		int count = 1 + random.nextInt(4);
		for (int i = 0; i < count; i++) {
			String name = NAMES[random.nextInt(NAMES.length)];
			if (!properties.containsKey(name)) {
				properties.put(name, value(random, depth + 1));
				if (random.nextBoolean()) {
					required.add(name);
				}
			}
		}
		s.put("properties", properties);
		s.put("required", required);
		s.put("additionalProperties", false);
		return s;
	}

}
