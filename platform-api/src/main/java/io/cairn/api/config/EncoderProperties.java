package io.cairn.api.config;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Text encoders.
 *
 * @param english model for English collections: {@code bge-small-en-v1.5},
 * {@code all-minilm-l6-v2} or {@code dir:/path/to/model} (model.onnx + tokenizer.json)
 * @param chinese model for Chinese collections: {@code bge-small-zh-v1.5} or
 * {@code dir:/path}
 * @param batchSize texts per ONNX run
 * @param threads ONNX Runtime intra-op threads per run
 * @param concurrency runs in flight at once; threads x concurrency should not exceed the
 * cores
 */
@Validated
@ConfigurationProperties("cairn.encoders")
public record EncoderProperties(@DefaultValue("bge-small-en-v1.5") @NotBlank String english,
		@DefaultValue("bge-small-zh-v1.5") @NotBlank String chinese, @DefaultValue("32") @Min(1) int batchSize,
		@DefaultValue("2") @Min(1) int threads, @DefaultValue("1") @Min(1) int concurrency) {
}
