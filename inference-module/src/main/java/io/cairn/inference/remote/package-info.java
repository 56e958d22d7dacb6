/**
 * Generators behind an OpenAI-compatible HTTP API (vLLM, SGLang, DeepSeek, Ollama,
 * OpenAI, or another Cairn), through Spring AI's OpenAI client.
 */
@NullMarked
package io.cairn.inference.remote;

import org.jspecify.annotations.NullMarked;
