/**
 * Images in a shared image-text space: the image embedder port, the linear projection
 * from an image model's space into the text encoder's space, cross-modal attention
 * alignment of chunk vectors with the images beside them, temporal pooling of video
 * frames, and text-to-image search.
 */
@NullMarked
package io.cairn.core.multimodal;

import org.jspecify.annotations.NullMarked;
