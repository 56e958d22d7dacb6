/**
 * The optional image model: its wiring into ingest (image vectors, cross-modal alignment)
 * and text-to-image search over a collection's images.
 */
@NullMarked
package io.cairn.api.images;

import org.jspecify.annotations.NullMarked;
