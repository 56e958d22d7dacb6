/**
 * Benchmark programs ({@code main} classes, run with {@code ./cairn bench NAME}); each
 * prints a markdown table with the machine it ran on and updates its section of
 * {@code docs/benchmarks.md}.
 */
@NullMarked
package io.cairn.api.bench;

import org.jspecify.annotations.NullMarked;
