package io.cairn.core.access;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * Hashes API key secrets for storage and lookup: SHA-256, or HMAC-SHA-256 keyed with a
 * server-side pepper when one is configured (then a stolen database alone cannot confirm
 * a guessed key). Secrets are 256 random bits, so a fast hash is enough; a slow password
 * hash would only slow every request.
 */
public final class SecretHasher {

	private final byte @Nullable [] pepper;

	/**
	 * @param pepper HMAC key; null for plain SHA-256. Changing it invalidates every
	 * stored key.
	 */
	public SecretHasher(byte @Nullable [] pepper) {
		if (pepper != null && pepper.length < 16) {
			throw new IllegalArgumentException("The pepper must be at least 16 bytes long");
		}
		this.pepper = (pepper != null) ? pepper.clone() : null;
	}

	public byte[] hash(String secret) {
		byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
		try {
			if (this.pepper == null) {
				return MessageDigest.getInstance("SHA-256").digest(bytes);
			}
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.pepper, "HmacSHA256"));
			return mac.doFinal(bytes);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	/** Whether {@code presented} hashes to {@code expected}, in constant time. */
	public boolean matches(String presented, byte[] expected) {
		return MessageDigest.isEqual(hash(presented), expected);
	}

	@Override
	public String toString() {
		return (this.pepper != null) ? "SecretHasher[HMAC-SHA-256, pepper ******]" : "SecretHasher[SHA-256]";
	}

}
