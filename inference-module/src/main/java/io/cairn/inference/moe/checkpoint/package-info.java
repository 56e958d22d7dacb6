/**
 * Checkpoint directories: config.json, safetensors weights (sharded or not),
 * tokenizer.json, LoRA adapters.
 */
@NullMarked
package io.cairn.inference.moe.checkpoint;

import org.jspecify.annotations.NullMarked;
