package io.cairn.db.catalog;

import java.util.List;

import javax.sql.DataSource;

import io.cairn.core.collection.Language;
import io.cairn.core.document.DocumentRepository.StoredUpload;
import io.cairn.core.ingest.StoredChunk;
import io.cairn.core.retrieval.IndexedChunk;
import io.cairn.core.retrieval.SearchFilter;
import io.cairn.core.retrieval.VectorIndex;
import io.cairn.db.pgvector.PgVectorIndexProvider;
import io.cairn.db.pgvector.PgVectorOptions;
import io.cairn.db.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The repositories on the server-mode PostgreSQL (with pgvector). */
class PostgresCatalogIT extends CatalogRepositoriesContract {

	private static TestDatabase database;

	@BeforeAll
	static void createDatabase() {
		database = TestDatabase.create(true);
	}

	@AfterAll
	static void dropDatabase() {
		database.close();
	}

	@Override
	protected DataSource dataSource() {
		return database.dataSource();
	}

	@Override
	protected void truncate() {
		database.truncate();
	}

	@Test
	void migratingAgainChangesNothing() {
		long applied = count("SELECT count(*) FROM flyway_schema_history WHERE success");
		CatalogMigrations.migrate(dataSource(), true);
		assertThat(count("SELECT count(*) FROM flyway_schema_history WHERE success")).isEqualTo(applied).isEqualTo(5);
		assertThat(count("SELECT count(*) FROM flyway_pgvector_history WHERE success AND version = '100'"))
			.isEqualTo(1);
	}

	@Test
	void deletingADocumentAlsoRemovesItsVectors() {
		StoredUpload upload = upload("c");
		long document = upload.document().id();
		long collection = upload.document().collectionId();
		List<StoredChunk> stored = List.of(chunk(document, collection, 0), chunk(document, collection, 1));
		this.chunks.replaceForDocument(document, stored);
		VectorIndex vectors = new PgVectorIndexProvider(dataSource(), PgVectorOptions.defaults()).open("catalog-test",
				8);
		vectors.upsert(stored.stream().map((chunk) -> IndexedChunk.of(chunk, Language.ENGLISH)).toList());
		assertThat(vectors.count()).isEqualTo(2);
		// A retried ingest that keeps the chunk ids keeps their vectors.
		this.chunks.replaceForDocument(document, stored.subList(0, 1));
		assertThat(vectors.count()).isEqualTo(1);
		this.documents.delete(document);
		assertThat(vectors.count()).isZero();
		assertThat(count("SELECT count(*) FROM chunk_vector")).isZero();
		assertThat(vectors.search(stored.get(0).embedding(), 10, SearchFilter.collection(collection))).isEmpty();
	}

	@Nested
	class ApiKeys extends ApiKeyRepositoryContract {

		@Override
		protected DataSource dataSource() {
			return database.dataSource();
		}

	}

	@Nested
	class Conversations extends ConversationRepositoryContract {

		@Override
		protected DataSource dataSource() {
			return database.dataSource();
		}

	}

}
