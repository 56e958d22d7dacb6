package io.cairn.core.access;

import java.util.Objects;

/**
 * A secret value (an API key) that does not print itself: {@link #toString()} shows only
 * that it is masked, so a secret that reaches a log line or an exception message by
 * accident stays secret. Call {@link #reveal()} where the value is really needed.
 */
public final class Secret {

	private final String value;

	public Secret(String value) {
		this.value = Objects.requireNonNull(value);
	}

	/** The secret itself; for the one response that hands it to its owner. */
	public String reveal() {
		return this.value;
	}

	@Override
	public String toString() {
		return "Secret[******]";
	}

}
