package io.cairn.core.document;

/**
 * A subtitle file ({@code .srt} or {@code .vtt}) that came with a video, kept with the
 * document so that every ingest of it (including a re-ingest) reads the same subtitles.
 *
 * @param fileName the file's name as the client sent it
 * @param text its content, decoded as UTF-8
 */
public record Sidecar(String fileName, String text) {
}
