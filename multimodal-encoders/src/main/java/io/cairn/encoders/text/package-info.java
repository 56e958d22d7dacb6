/**
 * Text encoders on ONNX Runtime: bundled and user-supplied BERT-style models as Spring AI
 * {@code EmbeddingModel}s, with token counters that use the same tokenizer.
 */
@NullMarked
package io.cairn.encoders.text;

import org.jspecify.annotations.NullMarked;
