package io.cairn.inference.moe.decode;

import java.util.List;

/**
 * A finished generation.
 *
 * @param text the generated text (without a stop string)
 * @param tokens the generated token ids
 * @param promptTokens prompt length in tokens
 * @param finishReason {@code stop} (end token, stop string or complete JSON) or
 * {@code length} (token budget or context exhausted)
 */
public record GenerationResult(String text, List<Integer> tokens, int promptTokens, String finishReason) {

}
