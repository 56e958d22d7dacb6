/**
 * Tiny generated CLIP-like ONNX models for tests (also used by platform-api's tests
 * through this module's test jar).
 */
@NullMarked
package io.cairn.encoders.clip.testing;

import org.jspecify.annotations.NullMarked;
