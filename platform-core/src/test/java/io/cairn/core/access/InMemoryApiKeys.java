package io.cairn.core.access;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A plain in-memory key store for the service's unit tests; keeps the hashes so tests can
 * check what would reach the database.
 */
final class InMemoryApiKeys implements ApiKeyRepository {

	final List<byte[]> hashes = new ArrayList<>();

	private final List<ApiKey> keys = new ArrayList<>();

	@Override
	public ApiKey insert(String name, String prefix, byte[] hash, ApiKeyScope scope) {
		ApiKey key = new ApiKey(this.keys.size() + 1, name, prefix, scope, Instant.now(), null);
		this.keys.add(key);
		this.hashes.add(hash.clone());
		return key;
	}

	@Override
	public Optional<ApiKey> findByHash(byte[] hash) {
		for (int i = 0; i < this.hashes.size(); i++) {
			if (Arrays.equals(this.hashes.get(i), hash)) {
				return Optional.of(this.keys.get(i));
			}
		}
		return Optional.empty();
	}

	@Override
	public Optional<ApiKey> findById(long id) {
		return this.keys.stream().filter((key) -> key.id() == id).findFirst();
	}

	@Override
	public List<ApiKey> findAll() {
		return List.copyOf(this.keys);
	}

	@Override
	public Optional<ApiKey> revoke(long id) {
		return findById(id).map((key) -> {
			ApiKey revoked = key.active()
					? new ApiKey(key.id(), key.name(), key.prefix(), key.scope(), key.createdAt(), Instant.now()) : key;
			this.keys.set((int) id - 1, revoked);
			return revoked;
		});
	}

}
