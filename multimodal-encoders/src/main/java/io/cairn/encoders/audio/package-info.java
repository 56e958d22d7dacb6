/**
 * Audio ingestion: audio extracted to 16 kHz mono WAV, speech recognized by an external
 * recognizer (PocketSphinx), words grouped into timed segments, one page per minute.
 */
@NullMarked
package io.cairn.encoders.audio;

import org.jspecify.annotations.NullMarked;
