/**
 * Images of documents for citations: rendered PDF pages, scanned pages, figures and video
 * frames, whole or cropped, and the locations that point at them.
 */
@NullMarked
package io.cairn.api.media;

import org.jspecify.annotations.NullMarked;
