package io.cairn.api.encoding;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import io.cairn.api.config.EncoderProperties;
import io.cairn.api.config.OnnxProperties;
import io.cairn.core.InvalidRequestException;
import io.cairn.core.collection.Language;
import io.cairn.core.retrieval.EmbeddingSpace;
import io.cairn.core.retrieval.EmbeddingSpaces;
import io.cairn.core.retrieval.RecentEmbeddings;
import io.cairn.core.retrieval.VectorIndexProvider;
import io.cairn.encoders.onnx.OnnxDevice;
import io.cairn.encoders.onnx.OnnxSettings;
import io.cairn.encoders.text.LoadedTextEncoder;
import io.cairn.encoders.text.TextEncoderOptions;
import io.cairn.encoders.text.TextEncoders;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Text encoders per collection language, each with its vector index. A language's model
 * is loaded the first time a collection of that language needs it.
 */
@Configuration(proxyBeanMethods = false)
public class EncoderConfiguration {

	@Bean(destroyMethod = "close")
	TextEncoders textEncoders(OnnxProperties onnx, EncoderProperties encoders) {
		OnnxSettings settings = onnxSettings(onnx, encoders.threads());
		return new TextEncoders(settings,
				TextEncoderOptions.defaults()
					.withBatchSize(encoders.batchSize())
					.withConcurrency(encoders.concurrency()));
	}

	/**
	 * The ONNX device and threads of {@code cairn.onnx.*}, for every model Cairn loads.
	 */
	public static OnnxSettings onnxSettings(OnnxProperties onnx, int threads) {
		OnnxDevice device = switch (onnx.device().strip().toLowerCase(Locale.ROOT)) {
			case "cpu" -> OnnxDevice.CPU;
			case "cuda", "gpu" -> OnnxDevice.CUDA;
			default -> throw new IllegalArgumentException(
					"cairn.onnx.device must be 'cpu' or 'cuda', was '" + onnx.device() + "'");
		};
		return new OnnxSettings(device, 0, threads, onnx.strict());
	}

	@Bean
	EmbeddingSpaces embeddingSpaces(TextEncoders textEncoders, EncoderProperties encoders,
			VectorIndexProvider vectorIndexes) {
		return new LazyEmbeddingSpaces(textEncoders, encoders, vectorIndexes);
	}

	/** Loads each language's encoder and opens its vector index once, on first use. */
	static final class LazyEmbeddingSpaces implements EmbeddingSpaces {

		private final TextEncoders textEncoders;

		private final EncoderProperties encoders;

		private final VectorIndexProvider vectorIndexes;

		/**
		 * Questions whose vectors are kept: one question is embedded by several steps.
		 */
		private static final int RECENT_QUERIES = 256;

		private final Map<Language, EmbeddingSpace> spaces = new EnumMap<>(Language.class);

		LazyEmbeddingSpaces(TextEncoders textEncoders, EncoderProperties encoders, VectorIndexProvider vectorIndexes) {
			this.textEncoders = textEncoders;
			this.encoders = encoders;
			this.vectorIndexes = vectorIndexes;
		}

		@Override
		public synchronized EmbeddingSpace forLanguage(Language language) {
			return this.spaces.computeIfAbsent(language, this::load);
		}

		private EmbeddingSpace load(Language language) {
			String modelName = switch (language) {
				case ENGLISH -> this.encoders.english();
				case CHINESE -> this.encoders.chinese();
			};
			LoadedTextEncoder loaded;
			try {
				loaded = this.textEncoders.get(modelName);
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidRequestException("Cannot load the text encoder '" + modelName + "' configured for "
						+ language + ": " + ex.getMessage());
			}
			String space = loaded.model().name();
			return new EmbeddingSpace(space, loaded.encoder(),
					new RecentEmbeddings(loaded.encoder().queryEncoder(), RECENT_QUERIES), loaded.tokenCounter(),
					this.vectorIndexes.open(space, loaded.encoder().dimensions()));
		}

	}

}
