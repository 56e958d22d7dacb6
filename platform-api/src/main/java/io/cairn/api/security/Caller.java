package io.cairn.api.security;

import io.cairn.core.access.ApiKey;

/** Who is making an API request, and so what it may reach. */
public sealed interface Caller {

	/** Holder of the configured admin key. */
	Caller ADMIN = new Unrestricted("admin key");

	/** A request without a key in open mode: anyone who can reach the server. */
	Caller OPEN = new Unrestricted("no key (open mode)");

	/** Whether it may manage API keys. */
	boolean admin();

	/** Whether it reaches every collection, and may create and delete collections. */
	boolean allCollections();

	boolean canAccess(long collectionId);

	/** Safe to log: never a secret. */
	String describe();

	/**
	 * May do anything: the admin key, or no key in open mode.
	 *
	 * @param describe what it is, for logs
	 */
	record Unrestricted(String describe) implements Caller {

		@Override
		public boolean admin() {
			return true;
		}

		@Override
		public boolean allCollections() {
			return true;
		}

		@Override
		public boolean canAccess(long collectionId) {
			return true;
		}

	}

	/**
	 * Holder of an API key: reaches the key's collections, never manages keys.
	 *
	 * @param key the key presented
	 */
	record KeyHolder(ApiKey key) implements Caller {

		@Override
		public boolean admin() {
			return false;
		}

		@Override
		public boolean allCollections() {
			return this.key.scope().allCollections();
		}

		@Override
		public boolean canAccess(long collectionId) {
			return this.key.scope().allows(collectionId);
		}

		@Override
		public String describe() {
			return "API key " + this.key.id() + " (" + this.key.prefix() + "…)";
		}

	}

}
