/** Benchmark programs of the MoE engine (run through {@code ./cairn bench moe}). */
@NullMarked
package io.cairn.inference.moe.bench;

import org.jspecify.annotations.NullMarked;
