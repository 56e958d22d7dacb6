package io.cairn.api.config;

import java.nio.file.Path;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The optional CLIP-type image model: text-to-image search and cross-modal alignment of
 * chunk vectors with the images beside them (docs/benchmarks.md, "Cross-modal
 * alignment").
 *
 * @param modelsDir directory with {@code vision.onnx}, {@code text.onnx},
 * {@code tokenizer.json} and optionally {@code preprocessor_config.json}; unset = no
 * image model (images are kept and shown, not embedded)
 * @param projection file written by {@code LinearProjection#write} that maps the image
 * model's space into the text encoder's; unset = the spaces must already be one
 * @param alignment whether chunk vectors take in the images beside them at ingest (on: it
 * raised MRR on generated figure pages without costing text pages, see
 * docs/benchmarks.md)
 * @param tau attention temperature over the images beside a chunk
 * @param lambda weight of the attended images added to a chunk vector
 * @param maxPixels largest image (width x height) that is decoded for embedding
 */
@Validated
@ConfigurationProperties("cairn.images")
public record ImageEmbeddingProperties(@Nullable Path modelsDir, @Nullable Path projection,
		@DefaultValue("true") boolean alignment, @DefaultValue("0.05") @DecimalMin("0.001") double tau,
		@DefaultValue("0.5") @DecimalMin("0.0") double lambda, @DefaultValue("25000000") @Min(1) long maxPixels) {
}
