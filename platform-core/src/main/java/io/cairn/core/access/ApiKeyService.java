package io.cairn.core.access;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import io.cairn.core.InvalidRequestException;
import io.cairn.core.NotFoundException;

/**
 * Creates, checks, lists and revokes API keys. A secret exists in clear only in the
 * response that creates it; the store keeps its hash.
 */
public final class ApiKeyService {

	/**
	 * Every Cairn secret starts with this, so secret scanners and people recognise it.
	 */
	public static final String SECRET_PREFIX = "cairn_";

	/** Characters of the secret kept to identify a key: the marker and 36 random bits. */
	public static final int IDENTIFYING_PREFIX_LENGTH = SECRET_PREFIX.length() + 6;

	private static final int RANDOM_BYTES = 32;

	private static final int MAX_NAME_LENGTH = 100;

	/** Longer input is not a Cairn key; refusing it early bounds the hashing work. */
	private static final int MAX_SECRET_LENGTH = 256;

	private final ApiKeyRepository keys;

	private final SecretHasher hasher;

	private final SecureRandom random;

	public ApiKeyService(ApiKeyRepository keys, SecretHasher hasher) {
		this(keys, hasher, new SecureRandom());
	}

	public ApiKeyService(ApiKeyRepository keys, SecretHasher hasher, SecureRandom random) {
		this.keys = keys;
		this.hasher = hasher;
		this.random = random;
	}

	/**
	 * Creates a key.
	 * @return the key and its secret, which is not kept and cannot be shown again
	 * @throws InvalidRequestException if the name is blank or too long
	 */
	public CreatedKey create(String name, ApiKeyScope scope) {
		String trimmed = name.strip();
		if (trimmed.isEmpty() || trimmed.length() > MAX_NAME_LENGTH) {
			throw new InvalidRequestException(
					"An API key needs a name of 1 to " + MAX_NAME_LENGTH + " characters that says what it is for.");
		}
		byte[] bytes = new byte[RANDOM_BYTES];
		this.random.nextBytes(bytes);
		String secret = SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		ApiKey key = this.keys.insert(trimmed, secret.substring(0, IDENTIFYING_PREFIX_LENGTH), this.hasher.hash(secret),
				scope);
		return new CreatedKey(key, new Secret(secret));
	}

	/**
	 * The active key with this secret. The lookup is by hash: how long it takes depends
	 * on the hash of the presented text, which tells a guesser nothing about real keys.
	 * @return empty for an unknown or revoked key
	 */
	public Optional<ApiKey> authenticate(String presented) {
		if (presented.isBlank() || presented.length() > MAX_SECRET_LENGTH) {
			return Optional.empty();
		}
		return this.keys.findByHash(this.hasher.hash(presented)).filter(ApiKey::active);
	}

	/**
	 * Revokes a key at once; requests with it fail from now on.
	 * @throws NotFoundException if there is no such key
	 */
	public ApiKey revoke(long id) {
		return this.keys.revoke(id).orElseThrow(() -> new NotFoundException("No API key with id " + id));
	}

	/** Every key, revoked ones included, oldest first; no secrets. */
	public List<ApiKey> list() {
		return this.keys.findAll();
	}

}
