/**
 * The OpenAI-compatible chat API for bots: {@code POST /v1/chat/completions} and
 * {@code GET /v1/models}, where the model name selects the collection.
 */
@NullMarked
package io.cairn.api.openai;

import org.jspecify.annotations.NullMarked;
