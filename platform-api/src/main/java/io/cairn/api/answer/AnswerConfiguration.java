package io.cairn.api.answer;

import io.cairn.api.config.AnswerProperties;
import io.cairn.api.config.GeneratorProperties;
import io.cairn.core.answer.AnswerGenerator;
import io.cairn.core.answer.AnswerService;
import io.cairn.core.answer.UnsupportedSentences;
import io.cairn.core.document.Document;
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
			case EXTRACTIVE ->
				ExtractiveGenerators.create(spaces, properties.contextTokens(), properties.extractive().minSupport());
			case REMOTE -> remote(properties);
			case MOE -> throw new IllegalStateException(
					"cairn.generator.type=moe is not available in this build; use extractive or remote.");
		};
		log.info("Answers are written by the {} generator", generator.name());
		return generator;
	}

	@Bean
	AnswerService answerService(HybridSearcher searcher, EmbeddingSpaces spaces, DocumentRepository documents,
			AnswerGenerator generator, AnswerProperties properties) {
		return new AnswerService(searcher, spaces,
				(id) -> documents.findById(id).map(Document::title).orElse("document " + id), generator,
				properties.settings());
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
