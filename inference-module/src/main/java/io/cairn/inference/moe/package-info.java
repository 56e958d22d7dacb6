/**
 * The Mixture-of-Experts decoder engine on ONNX Runtime, exposed as a Spring AI chat
 * model.
 */
@NullMarked
package io.cairn.inference.moe;

import org.jspecify.annotations.NullMarked;
