package io.cairn.api.images;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import javax.sql.DataSource;

import io.cairn.api.config.EncoderProperties;
import io.cairn.api.config.ImageEmbeddingProperties;
import io.cairn.api.config.OnnxProperties;
import io.cairn.core.ingest.ChunkAlignment;
import io.cairn.core.media.MediaAssetRepository;
import io.cairn.core.multimodal.CrossModalAligner;
import io.cairn.core.multimodal.ImageChunkAlignment;
import io.cairn.core.multimodal.ImageSearch;
import io.cairn.core.multimodal.ImageVectorIndex;
import io.cairn.core.multimodal.LinearProjection;
import io.cairn.db.catalog.JdbcImageVectorIndex;
import io.cairn.encoders.clip.OnnxImageEmbedder;
import io.cairn.encoders.onnx.OnnxSessionFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The image model and what uses it, present only when {@code cairn.images.models-dir} is
 * set; without it ingest runs as before ({@link ChunkAlignment#NONE}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("cairn.images.models-dir")
public class ImageConfiguration {

	@Bean(destroyMethod = "close")
	OnnxImageEmbedder imageEmbedder(ImageEmbeddingProperties images, OnnxProperties onnx, EncoderProperties encoders) {
		Path dir = java.util.Objects.requireNonNull(images.modelsDir());
		return OnnxImageEmbedder.load(dir, new OnnxSessionFactory(onnx.settings(encoders.threads())));
	}

	/** In the catalog, so that vectors survive a restart and go with their document. */
	@Bean
	ImageVectorIndex imageVectorIndex(DataSource dataSource, OnnxImageEmbedder embedder) {
		return new JdbcImageVectorIndex(dataSource, embedder.name());
	}

	@Bean
	ImageSearch imageSearch(OnnxImageEmbedder embedder, ImageVectorIndex index) {
		return new ImageSearch(embedder, index);
	}

	@Bean
	ChunkAlignment imageChunkAlignment(OnnxImageEmbedder embedder, MediaAssetRepository assets, ImageVectorIndex index,
			ImageEmbeddingProperties images) {
		LinearProjection projection = null;
		if (images.projection() != null) {
			try {
				projection = LinearProjection.read(images.projection());
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cairn.images.projection: " + ex.getMessage(), ex);
			}
			if (projection.inputs() != embedder.dimensions()) {
				throw new IllegalArgumentException(
						"cairn.images.projection maps " + projection.inputs() + "-d vectors, but the image model "
								+ embedder.name() + " gives " + embedder.dimensions() + "-d");
			}
		}
		CrossModalAligner aligner = images.alignment() ? new CrossModalAligner(images.tau(), images.lambda()) : null;
		return new ImageChunkAlignment(embedder, assets, projection, aligner, index, images.maxPixels());
	}

}
