package io.cairn.db.catalog;

import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import io.cairn.core.ConflictException;
import io.cairn.core.collection.CollectionRepository;
import io.cairn.core.collection.CollectionStats;
import io.cairn.core.collection.KnowledgeCollection;
import io.cairn.core.collection.Language;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Collections in PostgreSQL. */
public class JdbcCollectionRepository implements CollectionRepository {

	private final JdbcClient jdbc;

	public JdbcCollectionRepository(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
	}

	@Override
	public KnowledgeCollection create(String name, Language language, String profile) {
		// ON CONFLICT keeps a concurrent create of the same name from surfacing as a SQL
		// error.
		return this.jdbc.sql("""
				INSERT INTO collection (name, language, profile) VALUES (?, ?, ?)
				ON CONFLICT (name) DO NOTHING
				RETURNING id, name, language, profile, created_at""")
			.params(name, language.code(), profile)
			.query(Rows::collection)
			.optional()
			.orElseThrow(() -> new ConflictException("A collection named '" + name + "' already exists"));
	}

	@Override
	public Optional<KnowledgeCollection> findByName(String name) {
		return this.jdbc.sql("SELECT * FROM collection WHERE name = ?").param(name).query(Rows::collection).optional();
	}

	@Override
	public Optional<KnowledgeCollection> findById(long id) {
		return this.jdbc.sql("SELECT * FROM collection WHERE id = ?").param(id).query(Rows::collection).optional();
	}

	@Override
	public List<KnowledgeCollection> findAll() {
		return this.jdbc.sql("SELECT * FROM collection ORDER BY name").query(Rows::collection).list();
	}

	@Override
	public CollectionStats stats(long collectionId) {
		return this.jdbc.sql("""
				SELECT (SELECT count(*) FROM document WHERE collection_id = :id) AS documents,
				       (SELECT coalesce(sum(page_count), 0) FROM document WHERE collection_id = :id) AS pages,
				       (SELECT count(*) FROM chunk WHERE collection_id = :id) AS chunks""")
			.param("id", collectionId)
			.query((rs, row) -> new CollectionStats(rs.getLong("documents"), rs.getLong("pages"), rs.getLong("chunks")))
			.single();
	}

	@Override
	public boolean delete(long collectionId) {
		return this.jdbc.sql("DELETE FROM collection WHERE id = ?").param(collectionId).update() > 0;
	}

}
