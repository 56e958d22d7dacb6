package io.cairn.core.access;

/**
 * A key just created, with its secret: the only time the secret is available, since only
 * its hash is stored.
 *
 * @param key the stored key
 * @param secret the secret to hand to the caller once
 */
public record CreatedKey(ApiKey key, Secret secret) {
}
