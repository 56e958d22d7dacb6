package io.cairn.api.health;

import io.cairn.core.collection.Language;
import io.cairn.core.retrieval.EmbeddingSpace;
import io.cairn.core.retrieval.EmbeddingSpaces;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/** Up when the default (English) text encoder is loaded and embeds. */
@Component
class TextEncodersHealthIndicator extends AbstractHealthIndicator {

	private final EmbeddingSpaces spaces;

	TextEncodersHealthIndicator(EmbeddingSpaces spaces) {
		super("Text encoder check failed");
		this.spaces = spaces;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		EmbeddingSpace space = this.spaces.forLanguage(Language.ENGLISH);
		float[] probe = space.queries().embed("health check");
		builder.up().withDetail("english", space.name()).withDetail("dimensions", probe.length);
	}

}
