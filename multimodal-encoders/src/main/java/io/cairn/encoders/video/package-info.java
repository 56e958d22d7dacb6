/**
 * Video ingestion: keyframes at scene changes (thumbnails kept as FRAME assets, their
 * text read by an optional OCR engine), subtitles (sidecar SRT/WebVTT) and speech, as
 * timed elements, one page per minute.
 */
@NullMarked
package io.cairn.encoders.video;

import org.jspecify.annotations.NullMarked;
