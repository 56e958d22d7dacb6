/**
 * Runs the decoder graph: batched forward steps over per-sequence KV caches.
 */
@NullMarked
package io.cairn.inference.moe.runtime;

import org.jspecify.annotations.NullMarked;
