package io.cairn.db.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import io.cairn.core.NotFoundException;
import io.cairn.core.access.ApiKey;
import io.cairn.core.access.ApiKeyRepository;
import io.cairn.core.access.ApiKeyScope;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** API keys in PostgreSQL: hashes and scopes, never secrets. */
public class JdbcApiKeyRepository implements ApiKeyRepository {

	/** Never selects the hash: it has no business outside the lookup. */
	private static final String SELECT = """
			SELECT k.id, k.name, k.prefix, k.all_collections, k.created_at, k.revoked_at,
			       ARRAY(SELECT s.collection_id FROM api_key_scope s WHERE s.key_id = k.id) AS collection_ids
			FROM api_key k
			""";

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	public JdbcApiKeyRepository(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
		this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
	}

	@Override
	public ApiKey insert(String name, String prefix, byte[] hash, ApiKeyScope scope) {
		try {
			Long id = this.transaction.execute((status) -> {
				long keyId = this.jdbc
					.sql("INSERT INTO api_key (name, prefix, hash, all_collections) VALUES (?, ?, ?, ?) RETURNING id")
					.params(name, prefix, hash, scope.allCollections())
					.query(Long.class)
					.single();
				for (long collectionId : scope.collectionIds()) {
					this.jdbc.sql("INSERT INTO api_key_scope (key_id, collection_id) VALUES (?, ?)")
						.params(keyId, collectionId)
						.update();
				}
				return keyId;
			});
			return findById(Objects.requireNonNull(id)).orElseThrow();
		}
		catch (DataIntegrityViolationException ex) {
			// The hash is 256 random bits: a clash is a missing collection, not a
			// duplicate.
			throw new NotFoundException(
					"A collection of the key's scope " + scope.collectionIds() + " does not exist (any more)");
		}
	}

	@Override
	public Optional<ApiKey> findByHash(byte[] hash) {
		return this.jdbc.sql(SELECT + "WHERE k.hash = ?").param(hash).query(JdbcApiKeyRepository::key).optional();
	}

	@Override
	public Optional<ApiKey> findById(long id) {
		return this.jdbc.sql(SELECT + "WHERE k.id = ?").param(id).query(JdbcApiKeyRepository::key).optional();
	}

	@Override
	public List<ApiKey> findAll() {
		return this.jdbc.sql(SELECT + "ORDER BY k.id").query(JdbcApiKeyRepository::key).list();
	}

	@Override
	public Optional<ApiKey> revoke(long id) {
		this.jdbc.sql("UPDATE api_key SET revoked_at = now() WHERE id = ? AND revoked_at IS NULL").param(id).update();
		return findById(id);
	}

	private static ApiKey key(ResultSet rs, int row) throws SQLException {
		boolean all = rs.getBoolean("all_collections");
		Set<Long> collectionIds = all ? Set.of() : Set.copyOf(SqlArrays.readLongs(rs, "collection_ids"));
		return new ApiKey(rs.getLong("id"), rs.getString("name"), rs.getString("prefix"),
				new ApiKeyScope(all, collectionIds), Rows.instant(rs, "created_at"),
				Rows.instantOrNull(rs, "revoked_at"));
	}

}
