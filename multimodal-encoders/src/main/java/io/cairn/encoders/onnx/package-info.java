/**
 * ONNX Runtime sessions: one shared environment, CPU or CUDA execution provider with a
 * logged fallback to CPU, and graph inspection helpers.
 */
@NullMarked
package io.cairn.encoders.onnx;

import org.jspecify.annotations.NullMarked;
