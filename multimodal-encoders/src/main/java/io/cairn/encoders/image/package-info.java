/**
 * Standalone image files (PNG, JPEG, TIFF, WebP, BMP) as documents: one page per image
 * frame, its text read by OCR, the page image kept for citations.
 */
@NullMarked
package io.cairn.encoders.image;

import org.jspecify.annotations.NullMarked;
