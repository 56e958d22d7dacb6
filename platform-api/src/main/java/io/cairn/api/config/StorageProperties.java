package io.cairn.api.config;

import java.nio.file.Path;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where Cairn keeps its data.
 *
 * @param mode {@code embedded}: embedded PostgreSQL and Lucene under {@code dataDir};
 * {@code server}: the PostgreSQL with pgvector at {@code spring.datasource.url}, Lucene
 * BM25 under {@code dataDir}
 * @param dataDir root of the embedded database and the Lucene indexes
 * @param embeddedPort port of the embedded PostgreSQL; 0 picks a free one
 */
@Validated
@ConfigurationProperties("cairn.storage")
public record StorageProperties(@DefaultValue("embedded") @NotNull Mode mode, @DefaultValue("./data") Path dataDir,
		@DefaultValue("0") int embeddedPort) {

	public enum Mode {

		EMBEDDED, SERVER

	}

}
