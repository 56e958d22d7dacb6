package io.cairn.core.ingest.folder;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.cairn.core.ingest.SidecarFiles;

/**
 * Finds the subtitle file that goes with each video of a folder: {@code talk.srt} or
 * {@code talk.vtt} in the same folder as {@code talk.mp4}. Videos are told by their file
 * extension, since a folder import reads no content before it submits.
 */
final class SidecarPairs {

	private static final Set<String> VIDEO_EXTENSIONS = Set.of("mp4", "m4v", "webm", "mkv", "mov", "avi");

	private SidecarPairs() {
	}

	/**
	 * @param files the folder's files, sorted (so {@code .srt} wins over {@code .vtt})
	 * @return video -> its subtitle file
	 */
	static Map<Path, Path> of(List<Path> files) {
		Map<Path, Path> subtitlesByStem = new HashMap<>();
		for (Path file : files) {
			if (SidecarFiles.isSubtitleName(file.getFileName().toString())) {
				subtitlesByStem.putIfAbsent(stem(file), file);
			}
		}
		Map<Path, Path> pairs = new HashMap<>();
		for (Path file : files) {
			Path subtitles = subtitlesByStem.get(stem(file));
			if (subtitles != null && VIDEO_EXTENSIONS.contains(extension(file))) {
				pairs.put(file, subtitles);
			}
		}
		return pairs;
	}

	/** The path without its extension: same folder, same base name. */
	private static Path stem(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return file.resolveSibling((dot > 0) ? name.substring(0, dot) : name);
	}

	private static String extension(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return (dot > 0) ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
	}

}
