package io.cairn.core.access;

import java.util.List;
import java.util.Optional;

/** Stored API keys; the store holds hashes of the secrets, never the secrets. */
public interface ApiKeyRepository {

	/**
	 * Stores a new key.
	 * @param hash the secret's hash, unique among keys
	 * @throws io.cairn.core.NotFoundException if a collection of the scope does not exist
	 */
	ApiKey insert(String name, String prefix, byte[] hash, ApiKeyScope scope);

	/** The key (active or revoked) whose secret has this hash. */
	Optional<ApiKey> findByHash(byte[] hash);

	Optional<ApiKey> findById(long id);

	/** Every key, revoked ones included, oldest first. */
	List<ApiKey> findAll();

	/**
	 * Revokes a key; revoking it again keeps the first revocation time.
	 * @return the key as revoked, or empty if there is no such key
	 */
	Optional<ApiKey> revoke(long id);

}
