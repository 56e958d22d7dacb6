package io.cairn.api.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/** Keeps library logging (Flyway, Hikari, PostgreSQL) out of the benchmark output. */
final class BenchLogging {

	private BenchLogging() {
	}

	static void quiet() {
		if (LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
			root.setLevel(Level.WARN);
		}
		if (LoggerFactory.getLogger("io.cairn") instanceof Logger cairn) {
			cairn.setLevel(Level.INFO);
		}
	}

}
