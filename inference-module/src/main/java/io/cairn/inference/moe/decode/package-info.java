/**
 * Token generation: sampling, stop strings, streaming, prefix cache and continuous
 * batching.
 */
@NullMarked
package io.cairn.inference.moe.decode;

import org.jspecify.annotations.NullMarked;
