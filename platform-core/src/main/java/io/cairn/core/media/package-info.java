/**
 * Where content sits inside images, scans and recordings: page regions, time spans, the
 * image assets (scanned pages, figures, video frames) that citations point at, and the
 * ports that read text out of images.
 */
@NullMarked
package io.cairn.core.media;

import org.jspecify.annotations.NullMarked;
