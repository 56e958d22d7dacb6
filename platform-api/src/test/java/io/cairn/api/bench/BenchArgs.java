package io.cairn.api.bench;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** {@code --name value} and {@code --flag} arguments. */
final class BenchArgs {

	private final Map<String, String> values = new HashMap<>();

	BenchArgs(String[] args, String usage) {
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (arg.equals("--help") || arg.equals("-h")) {
				System.out.println(usage);
				System.exit(0);
			}
			if (!arg.startsWith("--")) {
				throw new IllegalArgumentException("Unexpected argument '" + arg + "'\n" + usage);
			}
			String name = arg.substring(2);
			int eq = name.indexOf('=');
			if (eq > 0) {
				this.values.put(name.substring(0, eq), name.substring(eq + 1));
			}
			else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
				this.values.put(name, args[++i]);
			}
			else {
				this.values.put(name, "true");
			}
		}
	}

	@Nullable String get(String name) {
		return this.values.get(name);
	}

	String get(String name, String fallback) {
		return this.values.getOrDefault(name, fallback);
	}

	int getInt(String name, int fallback) {
		String value = this.values.get(name);
		return (value != null) ? Integer.parseInt(value) : fallback;
	}

	boolean flag(String name) {
		return Boolean.parseBoolean(this.values.getOrDefault(name, "false"));
	}

}
