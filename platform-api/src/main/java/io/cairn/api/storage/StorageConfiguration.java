package io.cairn.api.storage;

import java.nio.file.Path;

import javax.sql.DataSource;

import io.cairn.api.config.RetrievalProperties;
import io.cairn.api.config.StorageProperties;
import io.cairn.core.access.ApiKeyRepository;
import io.cairn.core.collection.CollectionRepository;
import io.cairn.core.conversation.ConversationRepository;
import io.cairn.core.document.DocumentRepository;
import io.cairn.core.ingest.ChunkRepository;
import io.cairn.core.ingest.ElementRepository;
import io.cairn.core.job.JobRepository;
import io.cairn.core.media.MediaAssetRepository;
import io.cairn.core.retrieval.KeywordIndex;
import io.cairn.core.retrieval.VectorIndexProvider;
import io.cairn.db.catalog.CatalogMigrations;
import io.cairn.db.catalog.JdbcApiKeyRepository;
import io.cairn.db.catalog.JdbcChunkRepository;
import io.cairn.db.catalog.JdbcCollectionRepository;
import io.cairn.db.catalog.JdbcConversationRepository;
import io.cairn.db.catalog.JdbcDocumentRepository;
import io.cairn.db.catalog.JdbcElementRepository;
import io.cairn.db.catalog.JdbcJobRepository;
import io.cairn.db.catalog.JdbcMediaAssetRepository;
import io.cairn.db.embedded.EmbeddedCatalog;
import io.cairn.db.lucene.LuceneKeywordIndex;
import io.cairn.db.lucene.LuceneVectorIndexProvider;
import io.cairn.db.lucene.LuceneVectorOptions;
import io.cairn.db.pgvector.PgVectorIndexProvider;
import io.cairn.db.pgvector.PgVectorOptions;
import io.cairn.db.pgvector.PgvectorSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The catalog (PostgreSQL) and the indexes, in the configured storage mode: embedded
 * PostgreSQL and Lucene for both keyword and vector search, or an external PostgreSQL
 * with pgvector for vectors and Lucene for BM25.
 */
@Configuration(proxyBeanMethods = false)
public class StorageConfiguration {

	private static final Logger log = LoggerFactory.getLogger(StorageConfiguration.class);

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "cairn.storage.mode", havingValue = "embedded", matchIfMissing = true)
	static class Embedded {

		@Bean(destroyMethod = "close")
		EmbeddedCatalog embeddedCatalog(StorageProperties storage) {
			return EmbeddedCatalog.start(storage.dataDir().resolve("postgres"), storage.embeddedPort(), 10);
		}

		@Bean
		DataSource dataSource(EmbeddedCatalog catalog) {
			DataSource dataSource = catalog.dataSource();
			CatalogMigrations.migrate(dataSource, false);
			return dataSource;
		}

		@Bean(destroyMethod = "close")
		VectorIndexProvider vectorIndexProvider(StorageProperties storage) {
			return new LuceneVectorIndexProvider(storage.dataDir().resolve("lucene").resolve("vectors"),
					LuceneVectorOptions.defaults());
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "cairn.storage.mode", havingValue = "server")
	static class Server {

		@Bean
		DataSource dataSource(DataSourceProperties properties) {
			DataSource dataSource = properties.initializeDataSourceBuilder().build();
			String version = PgvectorSupport.verify(dataSource);
			CatalogMigrations.migrate(dataSource, true);
			log.info("Server mode: PostgreSQL at {} with pgvector {}", JdbcUrls.redact(properties.determineUrl()),
					version);
			return dataSource;
		}

		@Bean
		VectorIndexProvider vectorIndexProvider(DataSource dataSource, RetrievalProperties retrieval) {
			PgVectorOptions defaults = PgVectorOptions.defaults();
			return new PgVectorIndexProvider(dataSource, new PgVectorOptions(defaults.m(), defaults.efConstruction(),
					retrieval.efSearch(), defaults.exactSearchThreshold()));
		}

	}

	@Bean(destroyMethod = "close")
	KeywordIndex keywordIndex(StorageProperties storage) {
		Path directory = storage.dataDir().resolve("lucene").resolve("keyword");
		return new LuceneKeywordIndex(directory);
	}

	@Bean
	CollectionRepository collectionRepository(DataSource dataSource) {
		return new JdbcCollectionRepository(dataSource);
	}

	@Bean
	DocumentRepository documentRepository(DataSource dataSource) {
		return new JdbcDocumentRepository(dataSource);
	}

	@Bean
	ElementRepository elementRepository(DataSource dataSource) {
		return new JdbcElementRepository(dataSource);
	}

	@Bean
	MediaAssetRepository mediaAssetRepository(DataSource dataSource) {
		return new JdbcMediaAssetRepository(dataSource);
	}

	@Bean
	ChunkRepository chunkRepository(DataSource dataSource) {
		return new JdbcChunkRepository(dataSource);
	}

	@Bean
	JobRepository jobRepository(DataSource dataSource) {
		return new JdbcJobRepository(dataSource);
	}

	@Bean
	ApiKeyRepository apiKeyRepository(DataSource dataSource) {
		return new JdbcApiKeyRepository(dataSource);
	}

	@Bean
	ConversationRepository conversationRepository(DataSource dataSource) {
		return new JdbcConversationRepository(dataSource);
	}

}
