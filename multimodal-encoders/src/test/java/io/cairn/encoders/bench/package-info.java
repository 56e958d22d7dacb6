/**
 * Benchmark programs (run as {@code main}, not as tests).
 */
@NullMarked
package io.cairn.encoders.bench;

import org.jspecify.annotations.NullMarked;
