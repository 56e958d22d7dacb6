package io.cairn.core.access;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.cairn.core.InvalidRequestException;
import io.cairn.core.NotFoundException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ApiKeyServiceTest {

	private final InMemoryApiKeys store = new InMemoryApiKeys();

	private final ApiKeyService service = new ApiKeyService(this.store, new SecretHasher(null));

	@Test
	void aCreatedSecretAuthenticatesItsKeyUntilRevoked() {
		CreatedKey created = this.service.create("  support bot ", ApiKeyScope.of(List.of(7L, 3L)));
		String secret = created.secret().reveal();
		assertThat(secret).startsWith(ApiKeyService.SECRET_PREFIX).hasSize(6 + 43).matches("cairn_[A-Za-z0-9_-]+");
		assertThat(created.key().name()).isEqualTo("support bot");
		assertThat(created.key().prefix()).isEqualTo(secret.substring(0, ApiKeyService.IDENTIFYING_PREFIX_LENGTH));
		assertThat(created.key().scope().collectionIds()).containsExactly(3L, 7L);
		assertThat(created.key().scope().allows(7)).isTrue();
		assertThat(created.key().scope().allows(8)).isFalse();

		assertThat(this.service.authenticate(secret)).contains(created.key());
		assertThat(this.service.authenticate(secret + "x")).isEmpty();
		assertThat(this.service.authenticate(secret.substring(0, secret.length() - 1))).isEmpty();
		assertThat(this.service.authenticate("")).isEmpty();
		assertThat(this.service.authenticate("x".repeat(100_000))).isEmpty();

		assertThat(this.service.revoke(created.key().id()).active()).isFalse();
		assertThat(this.service.authenticate(secret)).as("revoked").isEmpty();
		assertThat(this.service.list()).singleElement().satisfies((key) -> assertThat(key.revokedAt()).isNotNull());
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> this.service.revoke(99));
	}

	@Test
	void onlyTheHashIsStored() {
		String secret = this.service.create("k", ApiKeyScope.ALL).secret().reveal();
		byte[] stored = this.store.hashes.getFirst();
		assertThat(stored).hasSize(32);
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(secret.substring(6, 12));
		assertThat(new SecretHasher(null).matches(secret, stored)).isTrue();
	}

	@Test
	void secretsAreRandom() {
		Set<String> secrets = new HashSet<>();
		for (int i = 0; i < 50; i++) {
			secrets.add(this.service.create("k" + i, ApiKeyScope.ALL).secret().reveal());
		}
		assertThat(secrets).hasSize(50);
	}

	@Test
	void secretsNeverReachToString() {
		CreatedKey created = this.service.create("k", ApiKeyScope.ALL);
		String secret = created.secret().reveal();
		String random = secret.substring(ApiKeyService.IDENTIFYING_PREFIX_LENGTH);
		assertThat(created.secret().toString()).doesNotContain(random).contains("***");
		assertThat(created.toString()).doesNotContain(random);
		assertThat(created.key().toString()).doesNotContain(random);
		assertThat(new SecretHasher("pepper-pepper-pepper".getBytes(StandardCharsets.UTF_8)).toString())
			.doesNotContain("pepper-pepper");
	}

	@Test
	void aPepperChangesTheHash() {
		byte[] pepper = "a-server-side-pepper".getBytes(StandardCharsets.UTF_8);
		SecretHasher peppered = new SecretHasher(pepper);
		SecretHasher plain = new SecretHasher(null);
		assertThat(peppered.hash("cairn_x")).isNotEqualTo(plain.hash("cairn_x"))
			.isEqualTo(new SecretHasher(pepper).hash("cairn_x"));
		assertThatIllegalArgumentException().isThrownBy(() -> new SecretHasher(new byte[4]));
	}

	@Test
	void badNamesAndScopesAreRefused() {
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> this.service.create(" ", ApiKeyScope.ALL));
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> this.service.create("n".repeat(101), ApiKeyScope.ALL));
		assertThatIllegalArgumentException().isThrownBy(() -> ApiKeyScope.of(List.of()));
		assertThatIllegalArgumentException().isThrownBy(() -> new ApiKeyScope(true, Set.of(1L)));
		assertThat(this.store.findAll()).isEmpty();
	}

}
