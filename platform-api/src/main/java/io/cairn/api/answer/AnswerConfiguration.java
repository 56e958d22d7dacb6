package io.cairn.api.answer;

import io.cairn.api.config.AnswerProperties;
import io.cairn.api.config.GeneratorProperties;
import io.cairn.core.answer.AnswerGenerator;
import io.cairn.core.answer.AnswerService;
import io.cairn.core.answer.UnsupportedSentences;
import io.cairn.core.answer.schema.DocumentTitles;
import io.cairn.core.answer.schema.ExtractiveSchemaFiller;
import io.cairn.core.answer.schema.GenerativeSchemaFiller;
import io.cairn.core.answer.schema.SchemaCheck;
import io.cairn.core.answer.schema.SchemaFillSettings;
import io.cairn.core.answer.schema.SchemaFiller;
import io.cairn.core.answer.schema.SchemaValidator;
import io.cairn.core.document.DocumentRepository;
import io.cairn.core.retrieval.EmbeddingSpaces;
import io.cairn.core.retrieval.HybridSearcher;
import io.cairn.inference.remote.RemoteChatModels;
import io.cairn.inference.remote.RemoteModelSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The generator chosen by {@code cairn.generator.type} and the answer service around it.
 */
@Configuration(proxyBeanMethods = false)
class AnswerConfiguration {

	private static final Logger log = LoggerFactory.getLogger(AnswerConfiguration.class);

	@Bean
	AnswerGenerator answerGenerator(GeneratorProperties properties, EmbeddingSpaces spaces) {
		AnswerGenerator generator = switch (properties.type()) {
			case EXTRACTIVE -> ExtractiveGenerators.create(spaces, properties.contextTokens(), properties.extractive());
			case REMOTE -> remote(properties);
			case MOE -> MoeGenerators.create(properties);
		};
		log.info("Answers are written by the {} generator", generator.name());
		return generator;
	}

	@Bean
	AnswerService answerService(HybridSearcher searcher, EmbeddingSpaces spaces, DocumentRepository documents,
			AnswerGenerator generator, AnswerProperties properties) {
		return new AnswerService(searcher, spaces, DocumentTitles.from(documents), generator, properties.settings());
	}

	@Bean
	SchemaCheck schemaCheck() {
		return new SchemaCheck();
	}

	@Bean
	SchemaValidator schemaValidator() {
		return new SchemaValidator();
	}

	/**
	 * Extractive schema filling (per-field retrieval and typed extraction) unless a
	 * remote model is configured, which then fills the schema itself and is validated and
	 * repaired once.
	 */
	@Bean
	SchemaFiller schemaFiller(GeneratorProperties properties, AnswerGenerator generator, HybridSearcher searcher,
			DocumentRepository documents, SchemaValidator validator) {
		if (properties.type() == GeneratorProperties.Type.REMOTE) {
			return new GenerativeSchemaFiller(generator.model(), generator.options(), searcher,
					DocumentTitles.from(documents), validator, SchemaFillSettings.defaults());
		}
		return new ExtractiveSchemaFiller(searcher, DocumentTitles.from(documents), validator,
				SchemaFillSettings.defaults());
	}

	private static AnswerGenerator remote(GeneratorProperties properties) {
		GeneratorProperties.Remote remote = properties.remote();
		if (remote.baseUrl() == null || remote.model() == null) {
			throw new IllegalStateException("cairn.generator.type=remote needs cairn.generator.remote.base-url (for"
					+ " example http://localhost:8000/v1) and cairn.generator.remote.model.");
		}
		RemoteModelSettings settings = new RemoteModelSettings(remote.baseUrl(), remote.model(), remote.apiKey(),
				remote.timeout(), remote.maxRetries(), remote.temperature(), remote.maxTokens());
		return new AnswerGenerator("remote:" + remote.model(), RemoteChatModels.openAiCompatible(settings),
				RemoteChatModels.options(settings), properties.contextTokens(), UnsupportedSentences.FLAG);
	}

}
