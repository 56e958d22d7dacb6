/**
 * Builds the ONNX decoder graph (embeddings, RMSNorm, rotary attention with KV cache,
 * sparse MoE, LM head) in Java.
 */
@NullMarked
package io.cairn.inference.moe.graph;

import org.jspecify.annotations.NullMarked;
