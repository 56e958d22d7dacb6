/**
 * CLIP/SigLIP-type image-text models on ONNX Runtime: a vision tower and a text tower
 * loaded from a directory, with the model's own image preprocessing and tokenizer.
 */
@NullMarked
package io.cairn.encoders.clip;

import org.jspecify.annotations.NullMarked;
