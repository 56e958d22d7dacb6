/**
 * Test support: tiny random checkpoints written as safetensors, and a plain float64
 * reference forward pass to compare the engine with.
 */
@NullMarked
package io.cairn.inference.moe.testing;

import org.jspecify.annotations.NullMarked;
