package io.cairn.db.catalog;

import java.util.List;

import javax.sql.DataSource;

import io.cairn.core.NotFoundException;
import io.cairn.core.access.ApiKey;
import io.cairn.core.access.ApiKeyScope;
import io.cairn.core.access.ApiKeyService;
import io.cairn.core.access.CreatedKey;
import io.cairn.core.access.SecretHasher;
import io.cairn.core.collection.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The API key store against a real PostgreSQL, through the service that hashes the
 * secrets. Runs nested in each catalog IT, which empties the tables before every test.
 */
abstract class ApiKeyRepositoryContract {

	private JdbcApiKeyRepository keys;

	private ApiKeyService service;

	private JdbcCollectionRepository collections;

	private JdbcClient jdbc;

	protected abstract DataSource dataSource();

	@BeforeEach
	void repositories() {
		this.keys = new JdbcApiKeyRepository(dataSource());
		this.service = new ApiKeyService(this.keys, new SecretHasher(null));
		this.collections = new JdbcCollectionRepository(dataSource());
		this.jdbc = JdbcClient.create(dataSource());
	}

	@Test
	void keysAreFoundByTheirSecretUntilRevoked() {
		long a = this.collections.create("a", Language.ENGLISH, "general").id();
		long b = this.collections.create("b", Language.ENGLISH, "general").id();
		CreatedKey scoped = this.service.create("bot", ApiKeyScope.of(List.of(a, b)));
		CreatedKey all = this.service.create("ops", ApiKeyScope.ALL);
		assertThat(scoped.key().scope()).isEqualTo(ApiKeyScope.of(List.of(b, a)));
		assertThat(all.key().scope()).isEqualTo(ApiKeyScope.ALL);
		assertThat(this.service.authenticate(scoped.secret().reveal())).contains(scoped.key());
		assertThat(this.service.authenticate(all.secret().reveal())).contains(all.key());
		assertThat(this.service.authenticate("cairn_nope")).isEmpty();
		assertThat(this.service.list()).containsExactly(scoped.key(), all.key());

		ApiKey revoked = this.service.revoke(scoped.key().id());
		assertThat(revoked.revokedAt()).isNotNull();
		assertThat(this.service.revoke(scoped.key().id()).revokedAt()).as("revoking again keeps the time")
			.isEqualTo(revoked.revokedAt());
		assertThat(this.service.authenticate(scoped.secret().reveal())).isEmpty();
		assertThat(this.keys.findById(scoped.key().id())).contains(revoked);
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.service.revoke(123456));
	}

	@Test
	void theDatabaseHoldsNoSecret() {
		String secret = this.service.create("k", ApiKeyScope.ALL).secret().reveal();
		String dump = this.jdbc.sql("SELECT row_to_json(k)::text FROM api_key k").query(String.class).single();
		assertThat(dump).doesNotContain(secret.substring(ApiKeyService.IDENTIFYING_PREFIX_LENGTH));
		assertThat(this.jdbc.sql("SELECT length(hash) FROM api_key").query(Integer.class).single()).isEqualTo(32);
	}

	@Test
	void deletingACollectionNarrowsTheScopesThatNamedIt() {
		long a = this.collections.create("a", Language.ENGLISH, "general").id();
		long b = this.collections.create("b", Language.ENGLISH, "general").id();
		long keyId = this.service.create("bot", ApiKeyScope.of(List.of(a, b))).key().id();
		this.collections.delete(a);
		assertThat(this.keys.findById(keyId).orElseThrow().scope().collectionIds()).containsExactly(b);
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.service.create("late", ApiKeyScope.of(List.of(a))));
		assertThat(this.service.list()).hasSize(1);
	}

}
