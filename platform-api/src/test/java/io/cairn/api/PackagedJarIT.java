package io.cairn.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The runnable jar that {@code ./cairn run} and the Docker image start holds what the
 * test class path has anyway: a logging backend (without one every log line, the startup
 * warnings included, is silently dropped) and the application.
 */
class PackagedJarIT {

	@Test
	void theRunnableJarHasALoggingBackendAndTheApplication() throws IOException {
		Path jar = Path.of("target", "cairn.jar");
		assertThat(jar).as("built by the package phase before the integration tests").exists();
		try (JarFile file = new JarFile(jar.toFile())) {
			List<String> entries = file.stream().map((entry) -> entry.getName()).toList();
			assertThat(entries).anyMatch((name) -> name.matches("BOOT-INF/lib/logback-classic-.*\\.jar"));
			assertThat(entries).contains("BOOT-INF/classes/io/cairn/api/CairnApplication.class",
					"BOOT-INF/classes/application.yml");
			assertThat(entries).anyMatch((name) -> name.matches("BOOT-INF/lib/inference-module-.*\\.jar"));
		}
		assertThat(Files.size(jar)).isPositive();
	}

}
